import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

/** Dates in the app's time zone (PCRM_TIME_ZONE defaults to Asia/Shanghai). */
const ZONE = process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai";
const dayIn = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** An account of the demo manager's of its own, so the test's tasks are the only ones on it. */
async function managerAccount(sql: postgres.Sql, label: string) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const name = `${label} ${tag}`;
  const [owner] = await sql<{ id: string }[]>`
    select id from users where email = ${demoUser("manager").email}`;
  const [account] = await sql<{ id: string }[]>`
    insert into accounts (code, name, owner_id, stage)
    values (${`e${tag}`}, ${name}, ${owner!.id}, 'execution') returning id`;
  return { id: account!.id, name, ownerId: owner!.id };
}

/** A return visit as a logged visit triggers it: window from `start`, due `due`. */
async function returnVisit(
  sql: postgres.Sql,
  account: { id: string; ownerId: string },
  start: string,
  due: string,
) {
  const [task] = await sql<{ id: string }[]>`
    insert into tasks (kind, account_id, assignee_id, window_start, window_ends_on, due_date,
      trigger_key, source_id)
    values ('return_visit', ${account.id}, ${account.ownerId},
      ${`${start}T10:00:00+08:00`}, ${due}, ${due}, 'visit_logged', ${crypto.randomUUID()})
    returning id`;
  return task!.id;
}

test("a return visit shows on my agenda, opens its account's tasks, and completing it moves my coverage", async ({
  pageAs,
  sql,
}) => {
  const account = await managerAccount(sql, "Agenda Co");
  const taskId = await returnVisit(sql, account, dayIn(0), dayIn(3));
  const page = await pageAs("manager");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "My agenda" })).toBeVisible();
  const upcoming = page.getByTestId("agenda-upcoming");
  const line = upcoming.getByRole("link", { name: `Return visit · ${account.name}` });
  await expect(line).toBeVisible();
  const coverage = page.getByTestId("agenda-coverage");
  const before = await coverage.textContent();
  expect(before).toContain("My return-visit coverage this quarter");

  // Today's column of the week calendar is marked, and the week moves in the URL.
  await expect(page.getByTestId(`week-day-${dayIn(0)}`)).toHaveAttribute("aria-current", "date");
  await page.getByRole("link", { name: /Next week/ }).click();
  await expect(page).toHaveURL(/\?week=\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
  await page.getByRole("link", { name: "This week" }).click();
  await expect(page.getByTestId(`week-day-${dayIn(0)}`)).toHaveAttribute("aria-current", "date");

  // Completed within its window (as the Tasks tab records it): off the agenda, coverage up.
  await sql`update tasks set status = 'done', completed_at = now(), method = 'phone',
      satisfaction = 5, completion_notes = 'Customer satisfied', version = version + 1
    where id = ${taskId}`;
  await page.reload();
  await expect(
    page
      .getByTestId("agenda-upcoming")
      .getByRole("link", { name: `Return visit · ${account.name}` }),
  ).toHaveCount(0);
  await expect(page.getByTestId("agenda-coverage")).not.toHaveText(before!);

  // The calendar shows a task on its due day, which is in next week's calendar from a
  // Friday to a Sunday (in PCRM_TIME_ZONE): open the week that holds it.
  await page.goto(`/?week=${dayIn(3)}`);
  await page
    .getByTestId("week-calendar")
    .getByRole("link", { name: `Return visit · ${account.name} (done)` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=tasks$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(account.name);
});

test("an admin runs the reminder sweep now; the assignee's bell has the reminder, which opens the account's tasks", async ({
  pageAs,
  sql,
}) => {
  const account = await managerAccount(sql, "Reminder Co");
  // Day 5 of a 7-day window: due in two days.
  const due = dayIn(2);
  await returnVisit(sql, account, dayIn(-5), due);

  const admin = await pageAs("admin");
  await admin.goto("/admin/jobs");
  await admin.getByTestId("run-job-task-reminders").click();
  await expect(admin.getByText("Queued: it runs within a few seconds.")).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          await sql`select 1 from notifications
            where user_id = ${account.ownerId} and kind = 'taskReminder'
              and params->>'account' = ${account.name}`
        ).length,
      { timeout: 30_000 },
    )
    .toBe(1);

  const page = await pageAs("manager");
  await page.goto("/");
  await page.getByTestId("notification-bell").click();
  await expect(page).toHaveURL(/\/notifications$/);
  await page.getByRole("link", { name: `Return visit due ${due}: ${account.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=tasks$`), {
    timeout: 30_000,
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(account.name);
});

test("in Chinese: 我的日程 with an overdue return visit, and its overdue notification", async ({
  pageAs,
  sql,
}) => {
  const account = await managerAccount(sql, "逾期回访公司");
  const due = dayIn(-2);
  await returnVisit(sql, account, dayIn(-9), due);
  // The overdue sweep's notice, as the job writes it (the sweep itself is tested in
  // lib/jobs/task-sweeps.int.test.ts).
  await sql`insert into notifications (user_id, kind, params, link, dedupe_key)
    values (${account.ownerId}, 'taskOverdue',
      ${sql.json({ taskKind: "return_visit", account: account.name, due })},
      ${`/accounts/${account.id}?tab=tasks`}, ${`e2e:${account.id}`})`;

  const page = await pageAs("manager");
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: test.info().project.use.baseURL! }]);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "我的日程" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^已逾期/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^未来7天/ })).toBeVisible();
  await expect(
    page.getByTestId("agenda-overdue").getByRole("link", { name: `回访 · ${account.name}` }),
  ).toBeVisible();
  await page.goto("/notifications");
  await page.getByRole("link", { name: `回访已逾期（应于 ${due} 完成）：${account.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=tasks$`), {
    timeout: 30_000,
  });
});
