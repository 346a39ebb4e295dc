import { expect, test } from "./fixtures";

const PAGES = [
  "/",
  "/accounts",
  "/pipeline",
  "/dashboards",
  "/dashboards/delivery",
  "/templates",
  "/admin/users",
  "/admin/sign-in-locks",
  "/settings/password",
] as const;

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test("every main page answers with the security headers and a fresh script nonce", async ({
  pageAs,
  request,
}) => {
  const admin = await pageAs("admin");
  const nonces = new Set<string>();
  for (const path of [...PAGES, "/accounts"]) {
    const response = await admin.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // Served over plain HTTP here: no HSTS, no upgrade.
    expect(headers["strict-transport-security"], path).toBeUndefined();
    const nonce = nonceOf(csp)!;
    nonces.add(nonce);
    // Next.js put the nonce on its own scripts.
    const html = await response.text();
    expect(html, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "a new nonce per response").toBe(PAGES.length + 1);

  // The sign-in page, a redirect to it, and static files carry them too.
  const signIn = await request.get("/sign-in");
  expect(signIn.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const redirect = await request.get("/accounts", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-content-type-options"]).toBe("nosniff");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await signIn.text())?.[1];
  expect(script, "a Next.js script on the page").toBeDefined();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("HSTS and upgrade-insecure-requests when the proxy says the request came over HTTPS", async ({
  request,
}) => {
  const response = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBe(
    "max-age=63072000; includeSubDomains",
  );
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("the main pages work in the browser under the policy, with no violation", async ({
  pageAs,
}) => {
  test.setTimeout(120_000); // five full page loads, each until the network is idle
  const page = await pageAs("director");
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ["/", "/accounts", "/pipeline", "/dashboards", "/dashboards/delivery"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Hydrated: client-side navigation and a client form both work.
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .last()
    .getByRole("link", {
      name: "Accounts",
    })
    .click();
  await expect(page.getByRole("heading", { name: "Accounts", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Change password" }).click();
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  expect(problems).toEqual([]);
});
