import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import type postgres from "postgres";
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

async function pageIn(
  browser: Browser,
  who: "director" | "admin",
  lang: string,
  locale: string,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext({ storageState: storageState(who), locale, viewport });
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

/** An account far enough along to have every workspace filled in, with stakeholders. */
async function richAccount(sql: postgres.Sql) {
  const [account] = await sql<{ id: string }[]>`
    select a.id from accounts a
    join schedules s on s.account_id = a.id
    join cost_plans c on c.account_id = a.id
    order by (select count(*) from stakeholders st where st.account_id = a.id) desc, a.created_at
    limit 1`;
  expect(account, "a seeded account with a schedule and a cost plan").toBeDefined();
  return account!;
}

for (const { lang, locale } of LANGUAGES) {
  test.describe(`accessibility (${lang})`, () => {
    const groups: [string, (accountId: string) => string[]][] = [
      ["home, accounts and pipeline", () => ["/", "/accounts", "/pipeline"]],
      [
        "an account and its workspaces",
        (id) => [
          `/accounts/${id}`,
          `/accounts/${id}?tab=history`,
          `/accounts/${id}/evaluation`,
          `/accounts/${id}/requirements`,
          `/accounts/${id}/scope`,
          `/accounts/${id}/schedule`,
          `/accounts/${id}/cost`,
        ],
      ],
      [
        "the dashboards",
        () => [
          "/dashboards",
          "/dashboards/funnel",
          "/dashboards/cycle",
          "/dashboards/aging",
          "/dashboards/owners",
          "/dashboards/delivery",
        ],
      ],
      ["the templates", () => ["/templates/scorecards", "/templates/schedules"]],
    ];
    for (const [name, paths] of groups) {
      test(`the director's pages: ${name}`, async ({ browser, sql }) => {
        test.setTimeout(240_000);
        const account = await richAccount(sql);
        const page = await pageIn(browser, "director", lang, locale);
        await page.goto("/");
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        for (const path of paths(account.id)) await expectNoSeriousFindings(page, path);
        await page.context().close();
      });
    }

    test("the admin pages", async ({ browser }) => {
      test.setTimeout(180_000);
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

test("on a phone (390 px), wide tables and the stakeholder map scroll by keyboard too", async ({
  browser,
  sql,
}) => {
  test.setTimeout(360_000);
  const account = await richAccount(sql);
  const phone = { width: 390, height: 844 };
  const page = await pageIn(browser, "director", "en", "en-US", phone);
  for (const path of [
    "/",
    "/accounts",
    `/accounts/${account.id}`,
    `/accounts/${account.id}/evaluation`,
    `/accounts/${account.id}/requirements`,
    `/accounts/${account.id}/scope`,
    `/accounts/${account.id}/schedule`,
    `/accounts/${account.id}/cost`,
    "/pipeline",
    "/dashboards/aging",
    "/templates/scorecards",
    "/templates/schedules",
  ]) {
    await expectNoSeriousFindings(page, path);
  }
  await page.context().close();
  const admin = await pageIn(browser, "admin", "en", "en-US", phone);
  for (const path of [
    "/admin/users",
    "/admin/reference-data",
    "/admin/stages",
    "/admin/calendar",
  ]) {
    await expectNoSeriousFindings(admin, path);
  }
  await admin.context().close();
});
