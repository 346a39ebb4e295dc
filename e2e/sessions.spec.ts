import { createTempUser, expect, PASSWORD, signIn, test } from "./fixtures";

test("a user changes their own password: signed out everywhere, the new one signs in", async ({
  page,
  browser,
  sql,
}) => {
  const user = await createTempUser(sql, "manager", "Zhou Min");
  const other = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(other, user.email);
  await expect(other.getByTestId("current-user")).toContainText("Zhou Min");

  await signIn(page, user.email);
  await page.getByRole("link", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password", { exact: true }).fill("a-new-password-2026");
  await page.getByLabel("New password again").fill("a-new-password-2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=passwordChanged/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  await other.reload();
  await expect(other).toHaveURL(/\/sign-in/);
  await other.context().close();

  await signIn(page, user.email, PASSWORD);
  await expect(page.getByText(/e-mail or password is not correct/)).toBeVisible();
  await signIn(page, user.email, "a-new-password-2026");
  await expect(page.getByTestId("current-user")).toContainText("Zhou Min");
});

test("an admin resets a password and signs the user out everywhere", async ({
  pageAs,
  page,
  sql,
}) => {
  const user = await createTempUser(sql, "director", "Qian Lei");
  await signIn(page, user.email);
  await expect(page.getByTestId("current-user")).toContainText("Qian Lei");

  const admin = await pageAs("admin");
  await admin.goto("/admin/users");
  const row = admin.getByTestId(`user-row-${user.email}`);
  await row.getByText("Reset password").click();
  await row.getByLabel("New password for Qian Lei").fill("reset-by-admin-2026");
  await row.getByRole("button", { name: "Set password" }).click();
  await expect(row.getByRole("status")).toHaveText(
    "Password of Qian Lei reset; their sessions have ended.",
  );

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, user.email, "reset-by-admin-2026");
  await expect(page.getByTestId("current-user")).toContainText("Qian Lei");

  await row.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(row.getByText("Qian Lei is signed out on every device.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
});
