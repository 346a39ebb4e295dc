import { demoUser, expect, signIn, test } from "./fixtures";

test.describe("the app's icon", () => {
  test("/favicon.ico and the page's icon answer, signed in or not", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico", { maxRedirects: 0 });
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/icon/);

    const failed: string[] = [];
    page.on("response", (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.goto("/sign-in");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/(icon|favicon)/);
    const icon = await request.get(href!, { maxRedirects: 0 });
    expect(icon.status()).toBe(200);
    await signIn(page, demoUser("manager").email);
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(failed).toEqual([]);
  });
});
