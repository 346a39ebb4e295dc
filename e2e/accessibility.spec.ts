import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, storageState, test } from "./fixtures";

/**
 * An axe scan of the main pages, in both languages: no serious or critical finding
 * (WCAG 2.x A/AA and best practices), e.g. an accessible name that does not contain
 * the visible text (2.5.3) or a target smaller than 24 px (2.5.8).
 */
const LANGUAGES = [
  { lang: "en", locale: "en-US" },
  { lang: "zh-CN", locale: "zh-CN" },
] as const;

async function pageIn(browser: Browser, who: "director" | "admin", lang: string, locale: string) {
  const context = await browser.newContext({ storageState: storageState(who), locale });
  await context.addCookies([
    { name: "NEXT_LOCALE", value: lang, url: test.info().project.use.baseURL! },
  ]);
  return context.newPage();
}

async function expectNoSeriousFindings(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary}`),
    }));
  expect.soft(serious, `serious or critical axe findings on ${path}`).toEqual([]);
}

for (const { lang, locale } of LANGUAGES) {
  test.describe(`accessibility (${lang})`, () => {
    test("the director's pages: home, accounts, an account and its workspaces, pipeline, dashboards, templates", async ({
      browser,
      sql,
    }) => {
      test.setTimeout(180_000);
      // An account far enough along to have every workspace filled in, with stakeholders.
      const [account] = await sql<{ id: string }[]>`
        select a.id from accounts a
        join schedules s on s.account_id = a.id
        join cost_plans c on c.account_id = a.id
        order by (select count(*) from stakeholders st where st.account_id = a.id) desc,
          a.created_at
        limit 1`;
      expect(account, "a seeded account with a schedule and a cost plan").toBeDefined();
      const page = await pageIn(browser, "director", lang, locale);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const paths = [
        "/",
        "/accounts",
        `/accounts/${account!.id}`,
        `/accounts/${account!.id}?tab=history`,
        `/accounts/${account!.id}/evaluation`,
        `/accounts/${account!.id}/requirements`,
        `/accounts/${account!.id}/scope`,
        `/accounts/${account!.id}/schedule`,
        `/accounts/${account!.id}/cost`,
        "/pipeline",
        "/dashboards",
        "/dashboards/funnel",
        "/dashboards/cycle",
        "/dashboards/aging",
        "/dashboards/owners",
        "/dashboards/delivery",
        "/templates/scorecards",
        "/templates/schedules",
      ];
      for (const path of paths) await expectNoSeriousFindings(page, path);
      await page.context().close();
    });

    test("the admin pages", async ({ browser }) => {
      test.setTimeout(90_000);
      const page = await pageIn(browser, "admin", lang, locale);
      for (const path of [
        "/admin/users",
        "/admin/reference-data",
        "/admin/stages",
        "/admin/calendar",
        "/admin/sign-in-locks",
      ]) {
        await expectNoSeriousFindings(page, path);
      }
      await page.context().close();
    });
  });
}
