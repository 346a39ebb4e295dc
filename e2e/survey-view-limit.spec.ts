import { expect, test } from "./fixtures";

// lib/surveys/view-limit.ts SURVEY_VIEW_RATE.points: views per address and link in 10 minutes.
const POINTS = 60;

for (const [locale, title, body] of [
  ["en-US", "Too many tries", "Please wait a few minutes and open the link again."],
  ["zh-CN", "尝试次数过多", "请稍等几分钟后再打开链接。"],
] as const) {
  test(`the public survey page refuses the ${POINTS + 1}st view of one link from one address with the "too many tries" page (${locale})`, async ({
    browser,
    sql,
  }) => {
    // An address of its own (the last X-Forwarded-For hop), so no other test shares its count.
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${locale}-${Date.now()}`;
    const context = await browser.newContext({
      locale,
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    try {
      const page = await context.newPage();
      // A token nobody was given: each view is counted before the token is looked up.
      const path = `/survey/${"x".repeat(43)}`;
      for (let i = 0; i < POINTS; i++) {
        const res = await page.request.get(path);
        expect(res.status(), `view ${i + 1}`).toBe(200);
        expect(await res.text()).not.toContain(title);
      }
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page).toHaveURL(/\/survey\/limited$/);
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
      await expect(page.getByText(body)).toBeVisible();
      // Views are counted in the server's memory: the page wrote no row.
      expect(
        await sql`select key from sign_in_attempts where key like ${`%${address}%`}`,
      ).toHaveLength(0);
    } finally {
      await context.close();
    }
  });
}
