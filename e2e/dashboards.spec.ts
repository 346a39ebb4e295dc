import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

/**
 * Each test builds its accounts in a fresh industry and filters the dashboards to
 * it, so the numbers are known and other specs' moves cannot change them.
 */
const DAY = 86_400_000;
type Who = "manager" | "manager2";
let serial = 0;

async function seedDashboards(sql: postgres.Sql) {
  const tag = `${Date.now().toString(36)}${serial++}`;
  const [industry] = await sql<{ id: number }[]>`
    insert into reference_items (kind, code, name_en, name_zh)
    values ('industry', ${`e2e-dash-${tag}`}, ${`Dash ${tag}`}, ${`看板 ${tag}`}) returning id`;
  const users = await sql<{ id: string; email: string }[]>`select id, email from users`;
  const ownerId = (who: Who) => users.find((u) => u.email === demoUser(who).email)!.id;

  /** Stages with days spent in each; the last one is still open after its days. */
  const account = async (name: string, who: Who, path: [string, number][]) => {
    const now = Date.now();
    let at = now - path.reduce((sum, [, days]) => sum + days, 0) * DAY;
    const [stage, openDays] = path.at(-1)!;
    const [row] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, industry_id, stage, stage_entered_at, created_at)
      values (${`n8${tag}${serial++}`}, ${`${name} ${tag}`}, ${ownerId(who)}, ${industry!.id},
              ${stage}, ${new Date(now - openDays * DAY)}, ${new Date(at)}) returning id`;
    let from: string | null = null;
    for (const [i, [to, days]] of path.entries()) {
      const open = i === path.length - 1;
      const kind = from === null ? "create" : to === "dropped" ? "drop" : "forward";
      await sql`insert into stage_transitions
        (account_id, from_stage, to_stage, kind, at, note, exited_at, duration_days)
        values (${row!.id}, ${from}, ${to}, ${kind}, ${new Date(at)}, ${to === "dropped" ? "预算不足" : ""},
                ${open ? null : new Date(at + days * DAY)}, ${open ? null : days})`;
      at += days * DAY;
      from = to;
    }
    return { id: row!.id, name: `${name} ${tag}` };
  };

  return {
    industryId: industry!.id,
    ownerId,
    waiting: await account("Waiting Requirements Co", "manager", [
      ["stakeholders", 4],
      ["evaluation", 6],
      ["requirements", 40],
    ]),
    stuck: await account("Stuck Stakeholders Co", "manager", [["stakeholders", 20]]),
    dropped: await account("Dropped Co", "manager2", [
      ["stakeholders", 10],
      ["evaluation", 8],
      ["dropped", 42],
    ]),
    evaluating: await account("Evaluating Co", "manager2", [
      ["stakeholders", 2],
      ["evaluation", 23],
    ]),
    old: await account("Old Co", "manager", [
      ["stakeholders", 30],
      ["evaluation", 10],
      ["dropped", 160],
    ]),
  };
}

/**
 * The "Stakeholder identification" row of the time-in-stage numbers: [stays, p25, median].
 * Found even while its <details> is folded, so a re-render during navigation cannot race it.
 */
function stakeholderTiming(page: Page) {
  const hidden = { includeHidden: true };
  const cells = page
    .getByRole("table", { name: "Time in stage", ...hidden })
    .getByRole("row", { name: /^Stakeholder identification/, ...hidden })
    .getByRole("cell", hidden);
  return [cells.nth(0), cells.nth(1), cells.nth(2)] as const;
}

test.describe("leadership dashboards", () => {
  test("a director filters by period and owner, clicks through to overdue accounts and downloads a CSV", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(60_000);
    const data = await seedDashboards(sql);
    const page = await pageAs("director");
    await page.goto(`/dashboards?industry=${data.industryId}`);
    await expect(page.getByRole("heading", { name: "Leadership dashboards" })).toBeVisible();
    await expect(page.getByLabel("Period")).toHaveValue("last90");

    // Last 90 days: stays of 4, 10 and 2 days ended; the 30-day stay 170 days ago did not.
    await page.getByText("Show the numbers").first().click();
    await expect(page.getByRole("table", { name: "Time in stage" })).toBeVisible();
    let [stays, , median] = stakeholderTiming(page);
    await expect(stays).toHaveText("3");
    await expect(median).toHaveText("4.0");

    await page.getByLabel("Period").selectOption("last365");
    await expect(page).toHaveURL(/[?&]range=last365/);
    [stays, , median] = stakeholderTiming(page);
    await expect(stays).toHaveText("4");
    await expect(median).toHaveText("7.0");

    await page.getByLabel("Owner").selectOption({ label: demoUser("manager").name });
    await expect(page).toHaveURL(new RegExp(`[?&]owner=${data.ownerId("manager")}`));
    [stays, , median] = stakeholderTiming(page);
    await expect(stays).toHaveText("2");
    await expect(median).toHaveText("17.0");

    // Aging keeps the filters; one of the owner's accounts waits in each of two stages.
    await page
      .getByRole("navigation", { name: "Dashboard views" })
      .getByRole("link", { name: "Aging" })
      .click();
    await expect(page).toHaveURL(/\/dashboards\/aging\?/);
    const csvLink = page.getByRole("link", { name: "Download CSV: Overdue accounts by stage" });
    const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain("Stage,Expected days,Open,Overdue,Share overdue");
    expect(csv).toMatch(/\r\nStakeholder identification,14,1,1,100\.0%,20\.\d\r\n/);
    expect(csv).toMatch(/\r\nEvaluation scorecard,14,0,0,,\r\n/);
    expect(csv).toMatch(/\r\nRequirements document,21,1,1,100\.0%,40\.\d\r\n/);

    await page
      .getByRole("link", {
        name: `Open the 1 overdue account of ${demoUser("manager").name} in Stakeholder identification`,
      })
      .click();
    await expect(page).toHaveURL(/\/accounts\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      stage: "stakeholders",
      overdue: "1",
      owner: data.ownerId("manager"),
      industry: String(data.industryId),
    });
    await expect(page.getByRole("link", { name: data.stuck.name })).toBeVisible();
    await expect(page.getByRole("link", { name: data.waiting.name })).toHaveCount(0);

    // The chart's red bars open the same lists: the first is stakeholder identification.
    await page.goBack();
    await expect(page).toHaveURL(/\/dashboards\/aging\?/);
    const overdueBars = page
      .getByRole("figure", { name: "Overdue accounts by stage" })
      .locator(".recharts-bar-rectangles")
      .first()
      .locator("path");
    await overdueBars.first().click();
    await expect(page).toHaveURL(/\/accounts\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      stage: "stakeholders",
      overdue: "1",
      owner: data.ownerId("manager"),
      industry: String(data.industryId),
    });
    await expect(page.getByRole("link", { name: data.stuck.name })).toBeVisible();
  });

  test("a manager sees the dashboards over their own accounts only, CSV included", async ({
    pageAs,
    sql,
  }) => {
    const data = await seedDashboards(sql);
    const page = await pageAs("manager2");
    await page.goto(`/dashboards/aging?industry=${data.industryId}`);
    await expect(page.getByText(/own accounts/)).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Owner" })).toHaveCount(0);
    const byOwner = page.getByRole("table", { name: "Overdue accounts by owner" });
    await expect(
      byOwner.getByRole("row", { name: new RegExp(demoUser("manager2").name) }),
    ).toBeVisible();
    await expect(byOwner.getByText(demoUser("manager").name)).toHaveCount(0);

    const response = await page.request.get(
      `/dashboards/csv?dataset=aging-owners&industry=${data.industryId}`,
    );
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain(demoUser("manager2").name);
    expect(csv).not.toContain(demoUser("manager").name);

    // The funnel of this industry over the last 90 days: the manager's two accounts.
    await page.goto(`/dashboards/funnel?industry=${data.industryId}`);
    await expect(page.getByTestId("funnel-summary")).toHaveText(
      "2 accounts created: 1 open, 1 dropped, 0 churned.",
    );
  });

  test("printed, a view drops its controls and says whose numbers and which filters it shows", async ({
    pageAs,
    sql,
  }) => {
    const data = await seedDashboards(sql);
    const page = await pageAs("director");
    await page.goto(`/dashboards?industry=${data.industryId}&owner=${data.ownerId("manager")}`);
    const printButton = page.getByRole("button", { name: "Print" });
    const filters = page.getByRole("search", { name: "Dashboard filters" });
    const csv = page.getByRole("link", { name: "Download CSV: Time in stage", exact: true });
    const folded = page.getByText("Show the numbers");
    await expect(printButton).toBeVisible();
    await expect(filters).toBeVisible();
    await expect(page.getByTestId("dashboard-filters-print")).toBeHidden();
    await expect(page.getByRole("main").locator("details:not([open])").first()).toBeVisible();
    // One table opened on screen before printing; the others stay folded.
    await folded.first().click();
    await expect(page.getByRole("table", { name: "Time in stage" })).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(printButton).toBeHidden();
    await expect(filters).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Dashboard views" })).toBeHidden();
    await expect(csv).toBeHidden();
    await expect(page.getByTestId("dashboard-filters-print")).toHaveText(
      new RegExp(
        `^Owner: ${demoUser("manager").name} · Industry: Dash \\w+ · Grade: All grades · Source: All sources$`,
      ),
    );
    await expect(page.getByTestId("dashboard-printed")).toHaveText(
      new RegExp(`^Printed .+ by ${demoUser("director").name}$`),
    );
    await expect(page.getByTestId("dashboard-period")).toBeVisible();
    await expect(page.getByRole("table", { name: "Time in stage" })).toBeVisible();
    // Summaries never print; a table still folded is left off whole.
    await expect(folded.first()).toBeHidden();
    await expect(page.getByRole("main").locator("details:not([open])").first()).toBeHidden();
    await expect(
      page.getByRole("heading", { name: "Distribution of time in stage" }),
    ).toBeVisible();

    await page.emulateMedia({ media: "screen" });
    await expect(filters).toBeVisible();
    await expect(csv).toBeVisible();
  });

  test("overdue accounts nobody owns open from aging in the account list, source kept", async ({
    pageAs,
    sql,
  }) => {
    const tag = `${Date.now().toString(36)}${serial++}`;
    const [source] = await sql<{ id: number }[]>`
      insert into reference_items (kind, code, name_en, name_zh)
      values ('source', ${`e2e-src-${tag}`}, ${`Source ${tag}`}, ${`来源 ${tag}`}) returning id`;
    const [owner] = await sql<{ id: string }[]>`
      select id from users where email = ${demoUser("manager").email}`;
    const insert = (name: string, ownerId: string | null) => sql`
      insert into accounts (code, name, owner_id, source_id, stage, stage_entered_at)
      values (${`n7${tag}${serial++}`}, ${`${name} ${tag}`}, ${ownerId}, ${source!.id},
              'stakeholders', now() - interval '30 days')`;
    await insert("Orphan Co", null);
    await insert("Owned Co", owner!.id);

    const page = await pageAs("director");
    await page.goto(`/dashboards/aging?source=${source!.id}`);
    const byOwner = page.getByRole("table", { name: "Overdue accounts by owner" });
    await byOwner
      .getByRole("link", { name: "Open the 1 overdue account without an owner", exact: true })
      .click();
    await expect(page).toHaveURL(/\/accounts\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      owner: "none",
      source: String(source!.id),
      overdue: "1",
    });
    await expect(page.getByLabel("Owner")).toHaveValue("none");
    await expect(page.getByLabel("Source")).toHaveValue(String(source!.id));
    await expect(page.getByRole("link", { name: `Orphan Co ${tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Owned Co ${tag}` })).toHaveCount(0);

    // The owner filter back to everyone: the same source shows both.
    await page.getByLabel("Owner").selectOption("");
    await expect(page).not.toHaveURL(/owner=/);
    await expect(page.getByRole("link", { name: `Owned Co ${tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Orphan Co ${tag}` })).toBeVisible();
  });

  test("a period without data shows a plain message instead of empty axes", async ({ pageAs }) => {
    const page = await pageAs("executive");
    await page.goto("/dashboards?from=2001-01-01&to=2001-01-31");
    await expect(page.getByLabel("Period")).toHaveValue("custom");
    await expect(page.getByLabel("From")).toHaveValue("2001-01-01");
    await expect(page.getByText("No account left a stage in this period.").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Download CSV/ })).toHaveCount(0);
  });

  test("the CSV route answers only a signed-in user", async ({ browser }) => {
    const context = await browser.newContext();
    const response = await context.request.get("/dashboards/csv?dataset=funnel", {
      maxRedirects: 0,
    });
    expect(response.headers()["content-type"] ?? "").not.toContain("text/csv");
    expect([302, 303, 307, 401]).toContain(response.status());
    await context.close();
  });
});
