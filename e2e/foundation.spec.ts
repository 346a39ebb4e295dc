import { readFileSync } from "node:fs";
import { createTempUser, demoUser, expect, PASSWORD, signIn, test } from "./fixtures";

const NAV = {
  admin: [
    "Home",
    "Accounts",
    "Pipeline",
    "Service",
    "Dashboards",
    "Templates",
    "Products",
    "Admin",
  ],
  director: ["Home", "Accounts", "Pipeline", "Service", "Dashboards", "Templates", "Products"],
  manager: ["Home", "Accounts", "Pipeline", "Service", "Dashboards"],
  executive: ["Home", "Accounts", "Pipeline", "Service", "Dashboards"],
} as const;

test.describe("signing in", () => {
  for (const role of ["admin", "director", "manager", "executive"] as const) {
    test(`${role} signs in and sees the navigation for the role`, async ({ page }) => {
      await signIn(page, demoUser(role).email);
      await expect(
        page.getByRole("heading", { name: `Welcome, ${demoUser(role).name}` }),
      ).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main navigation" }).last();
      await expect(nav.getByRole("link")).toHaveText([...NAV[role]]);
      await expect(page.getByTestId("current-user")).toContainText(demoUser(role).name);
    });
  }

  test("a wrong password shows a clear, non-revealing error", async ({ page }) => {
    await signIn(page, demoUser("manager").email, "wrong-password");
    await expect(page.getByText(/e-mail or password is not correct/)).toBeVisible();
    await signIn(page, "nobody@pcrm.example", "wrong-password");
    await expect(page.getByText(/e-mail or password is not correct/)).toBeVisible();
  });

  test("a signed-out visitor is sent to sign-in, and back to the page after it", async ({
    page,
  }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in to PCRM" })).toBeVisible();
    await page.goto("/accounts?stage=scope");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccounts%3Fstage%3Dscope$/);
    await page.getByLabel("E-mail").fill(demoUser("director").email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/accounts\?stage=scope$/);
    await expect(page.getByLabel("Stage")).toHaveValue("scope");
  });

  test("signing out ends the session", async ({ page, sql }) => {
    const user = await createTempUser(sql, "director");
    await signIn(page, user.email);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a cookie copied before sign-out no longer works after it, nor signs anyone back in", async ({
    page,
    sql,
  }) => {
    const user = await createTempUser(sql, "director");
    await signIn(page, user.email);
    await expect(page.getByTestId("current-user")).toBeVisible();
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session, "signed in").toBeDefined();
    const copy = { cookie: `${session!.name}=${session!.value}` };
    expect((await page.request.get("/accounts", { headers: copy })).url()).toMatch(/\/accounts$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // A prefetch sent before the click, answered after it, or a stolen copy: the old
    // cookie is refused (to sign-in) and no fresh cookie is issued.
    const late = await page.request.get("/accounts", { headers: copy, maxRedirects: 0 });
    expect(late.status()).toBe(307);
    expect(late.headers()["location"]).toMatch(/\/sign-in/);
    expect(late.headers()["set-cookie"] ?? "").not.toContain("session-token");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("roles are enforced on the server", () => {
  test("a manager cannot open the admin page", async ({ pageAs }) => {
    const page = await pageAs("manager");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });

  test("a manager posting to an admin action directly is refused", async ({ pageAs, sql }) => {
    const manifest = JSON.parse(
      readFileSync(".next/server/server-reference-manifest.json", "utf8"),
    ) as {
      node: Record<string, { exportedName?: string; filename?: string }>;
    };
    const actionId = Object.entries(manifest.node).find(
      ([, v]) => v.exportedName === "createUserAction",
    )?.[0];
    expect(actionId, "createUserAction is in the build").toBeTruthy();
    const page = await pageAs("manager");
    const email = `intruder-${Date.now()}@pcrm.example`;
    const response = await page.request.post("/admin/users", {
      headers: {
        "Next-Action": actionId!,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: JSON.stringify([
        { name: "Intruder", email, role: "admin", password: "intruder-password" },
      ]),
    });
    expect(await response.text()).toContain("forbidden");
    expect(await sql`select 1 from users where email = ${email}`).toHaveLength(0);
  });
});

test.describe("admin manages users", () => {
  test("creates a user who can then sign in, and deactivating them locks them out", async ({
    pageAs,
    page,
  }) => {
    const admin = await pageAs("admin");
    await admin.goto("/admin/users");
    const email = `new-${Date.now()}@pcrm.example`;
    await admin.getByLabel("Name", { exact: true }).fill("Liu Yang");
    await admin.getByLabel("E-mail").fill(email);
    await admin.getByLabel("Role", { exact: true }).selectOption("manager");
    await admin.getByLabel("Initial password").fill("short");
    await admin.getByRole("button", { name: "Create user" }).click();
    await expect(admin.getByText("Use at least 10 characters.")).toBeVisible();
    await admin.getByLabel("Initial password").fill("a-long-initial-password");
    await admin.getByRole("button", { name: "Create user" }).click();
    await expect(admin.getByRole("status")).toHaveText(`User ${email} created.`);

    await signIn(page, email, "a-long-initial-password");
    await expect(page.getByRole("heading", { name: "Welcome, Liu Yang" })).toBeVisible();

    const row = admin.getByTestId(`user-row-${email}`);
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByText("Deactivated")).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, email, "a-long-initial-password");
    await expect(page.getByText(/not correct, or the account is deactivated/)).toBeVisible();
  });
});

test("switching to 中文 shows the Chinese UI and is remembered", async ({ pageAs }) => {
  const page = await pageAs("director");
  await page.goto("/");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(
    page.getByRole("heading", { name: `欢迎，${demoUser("director").name}` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
