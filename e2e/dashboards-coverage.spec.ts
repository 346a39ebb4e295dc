import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

const DAY = 86_400_000;
const TZ = "Asia/Shanghai";
const localDay = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: TZ, dateStyle: "short" }).format(new Date(ms));
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

/**
 * In a fresh industry: four return visits of the manager triggered twelve days ago
 * (one done in its window, one done late, one open past its window, one whose
 * window is still open) and one of manager2's done in time.
 */
async function seedCoverage(sql: postgres.Sql) {
  const tag = Date.now().toString(36);
  const [industry] = await sql<{ id: number }[]>`
    insert into reference_items (kind, code, name_en, name_zh)
    values ('industry', ${`e2e-cov-${tag}`}, ${`Coverage ${tag}`}, ${`回访 ${tag}`}) returning id`;
  const users = await sql<{ id: string; email: string }[]>`select id, email from users`;
  const idOf = (who: "manager" | "manager2") =>
    users.find((u) => u.email === demoUser(who).email)!.id;
  const account = async (name: string, who: "manager" | "manager2") => {
    const [row] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, industry_id, stage)
      values (${`n9${tag}${name.length}`}, ${`${name} ${tag}`}, ${idOf(who)}, ${industry!.id}, 'execution')
      returning id`;
    return { id: row!.id, name: `${name} ${tag}` };
  };
  const now = Date.now();
  const start = localDay(now - 12 * DAY);
  const startAt = new Date(`${start}T10:00:00+08:00`);
  const plusDays = (n: number) => localDay(startAt.getTime() + n * DAY);
  const late = await account("Late Visit Co", "manager");
  const open = await account("Forgotten Visit Co", "manager");
  const fine = await account("Punctual Co", "manager2");
  const visit = async (
    accountId: string,
    who: "manager" | "manager2",
    endsOn: string,
    status: "open" | "done",
    completedAfterDays?: number,
  ) => sql`
    insert into tasks (kind, account_id, assignee_id, window_start, window_ends_on, due_date,
      status, completed_at, trigger_key, source_id)
    values ('return_visit', ${accountId}, ${idOf(who)}, ${startAt}, ${endsOn}, ${endsOn}, ${status},
      ${completedAfterDays === undefined ? null : new Date(startAt.getTime() + completedAfterDays * DAY)},
      'visit_logged', ${randomUUID()})`;
  await visit(late.id, "manager", plusDays(7), "done", 2);
  await visit(late.id, "manager", plusDays(7), "done", 9);
  await visit(open.id, "manager", plusDays(7), "open");
  await visit(open.id, "manager", localDay(now + 3 * DAY), "open");
  await visit(fine.id, "manager2", plusDays(7), "done", 1);
  return {
    query: `industry=${industry!.id}&range=custom&from=${start}&to=${localDay(now)}`,
    quarter: quarterOf(start),
    late,
    open,
    managerId: idOf("manager"),
  };
}

test("a director reads a manager's return-visit coverage and opens the missed return visits, in English and Chinese", async ({
  pageAs,
  sql,
}) => {
  test.setTimeout(60_000);
  const data = await seedCoverage(sql);
  const page = await pageAs("director");
  await page.goto(`/dashboards/coverage?${data.query}`);
  const table = page.getByRole("table", { name: "Return-visit coverage" });
  const manager = demoUser("manager").name;
  const row = table.getByRole("row").filter({ hasText: manager });
  // Triggered 4, in window 1, pending 1, missed 2: 25 %.
  await expect(row.getByRole("cell")).toHaveText([data.quarter, "4", "1", "1", "2", "25.0%"]);
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: demoUser("manager2").name })
      .getByRole("cell"),
  ).toHaveText([data.quarter, "1", "1", "0", "0", "100.0%"]);

  await page
    .getByRole("link", { name: `2 missed return visits of ${manager} in ${data.quarter}` })
    .click();
  await expect(page).toHaveURL(/\/dashboards\/coverage\/missed\?/);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
    assignee: data.managerId,
    quarter: data.quarter,
  });
  await expect(page.getByTestId("missed-scope")).toHaveText(`${manager}, ${data.quarter}`);
  const missed = page.getByRole("table", { name: "Missed return visits" });
  await expect(missed.getByRole("row")).toHaveCount(3);
  await expect(missed.getByRole("row").filter({ hasText: data.late.name })).toContainText(
    "Done late",
  );
  await expect(missed.getByRole("row").filter({ hasText: data.open.name })).toContainText(
    "Open, overdue",
  );

  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(page.url()).origin }]);
  await page.reload();
  const zh = page.getByRole("table", { name: "未按时完成的回访" });
  await expect(zh.getByRole("row").filter({ hasText: data.late.name })).toContainText("逾期完成");
  await expect(zh.getByRole("row").filter({ hasText: data.open.name })).toContainText(
    "未完成，已逾期",
  );
  await page.getByRole("link", { name: "返回回访率" }).click();
  await expect(page.getByRole("table", { name: "回访率" })).toBeVisible();
});
