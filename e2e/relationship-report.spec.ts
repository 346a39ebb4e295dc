import { demoUser, expect, test } from "./fixtures";

/* Customer value dashboards and the quarterly customer relationship report (seed 001). */

const zhCookie = (url: string) => [
  { name: "NEXT_LOCALE", value: "zh-CN", url: new URL(url).origin },
];
const QUARTER_DAYS = [
  ["01-01", "03-31"],
  ["04-01", "06-30"],
  ["07-01", "09-30"],
  ["10-01", "12-31"],
] as const;

test("a director narrows the contribution dashboard, comments on a quarter's report, prints it; zh-CN", async ({
  pageAs,
  sql,
}) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now()).slice(-7);
  // One account with a delivered order for each of the two managers.
  for (const who of ["manager", "manager2"] as const) {
    const [account] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, stage)
      select ${`q${who.length}${stamp}`}, ${`苏州报告测试${who}有限公司${stamp}`}, id, 'execution'
      from users where email = ${demoUser(who).email}
      returning id`;
    await sql`
      insert into orders (account_id, number, order_date, status, currency, total_minor,
        costed_amount_minor, line_count)
      values (${account!.id}, ${`E2E-R-${who}-${stamp}`}, current_date, 'delivered', 'CNY',
        120000000, 0, 1)`;
  }
  const director = await pageAs("director");
  await director.goto("/accounts/abc");
  await director.getByRole("button", { name: "Recompute now" }).click();
  await expect(director.getByText(/^Recomputed/)).toBeVisible({ timeout: 60_000 });

  // The contribution dashboard: narrowed to one manager, in the URL and in the table.
  await director.goto("/dashboards/contribution");
  const byOwner = director.getByRole("table", { name: "Contribution by customer manager" });
  const rowOf = (name: string) => byOwner.getByRole("row").filter({ hasText: name });
  await expect(rowOf(demoUser("manager").name)).toHaveCount(1);
  await expect(rowOf(demoUser("manager2").name)).toHaveCount(1);
  await director
    .getByLabel("Owner", { exact: true })
    .selectOption({ label: demoUser("manager2").name });
  await expect(director).toHaveURL(/[?&]owner=[0-9a-f-]{36}/);
  await expect(rowOf(demoUser("manager").name)).toHaveCount(0);
  await expect(rowOf(demoUser("manager2").name)).toHaveCount(1);

  // The quarterly report, from its tab; a quarter of its own so reruns do not collide.
  await director
    .getByRole("navigation", { name: "Dashboard views" })
    .getByRole("link", { name: "Quarterly report" })
    .click();
  await expect(director).toHaveURL(/\/relationship-report(\?|$)/);
  await expect(
    director.getByRole("heading", { level: 1, name: "Customer relationship report" }),
  ).toBeVisible();
  const quarterForm = director.getByRole("form", { name: "Report quarter" });
  const quarter = await quarterForm
    .getByLabel("Quarter")
    .locator("option")
    .nth(3)
    .getAttribute("value");
  expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
  await quarterForm.getByLabel("Quarter").selectOption(quarter!);
  await quarterForm.getByRole("button", { name: "Show" }).click();
  await expect(director).toHaveURL(new RegExp(`[?&]quarter=${quarter}$`));
  const [from, to] = QUARTER_DAYS[Number(quarter!.slice(6)) - 1]!;
  const year = quarter!.slice(0, 4);
  await expect(director.getByTestId("report-filters")).toHaveText(
    `Period: ${year}-${from} – ${year}-${to}`,
  );

  // The director's comments: saved, and still there after a reload.
  const comment = `第${stamp}季度：重点跟进 A 类客户的续约。`;
  const commentsForm = director.getByRole("form", { name: "Director's comments" });
  await commentsForm.getByLabel("Comments on this quarter").fill(comment);
  await commentsForm.getByRole("button", { name: "Save draft" }).click();
  await expect(director.getByTestId("report-comments")).toHaveText(comment);
  await director.reload();
  await expect(director.getByTestId("report-comments")).toHaveText(comment);
  await expect(director.getByTestId("report-status")).toContainText(
    `by ${demoUser("director").name}`,
  );
  await expect(director.getByTestId("report-status")).toContainText("Draft — last saved");

  // On paper: the period, who printed it and the comments; no controls.
  await director.emulateMedia({ media: "print" });
  await expect(director.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(director.getByRole("link", { name: /Dashboards/ })).toBeHidden();
  await expect(director.getByRole("link", { name: "Download CSV" })).toBeHidden();
  await expect(quarterForm).toBeHidden();
  await expect(commentsForm).toBeHidden();
  await expect(director.getByTestId("report-filters")).toBeVisible();
  await expect(director.getByTestId("report-printed")).toHaveText(
    new RegExp(`^Printed .+ by ${demoUser("director").name}$`),
  );
  await expect(director.getByTestId("report-comments")).toBeVisible();
  await director.emulateMedia({ media: "screen" });

  await director.context().addCookies(zhCookie(director.url()));
  await director.reload();
  await expect(director.getByRole("heading", { level: 1, name: "客户关系报告" })).toBeVisible();
  await expect(director.getByRole("heading", { level: 2, name: "销售主管意见" })).toBeVisible();
  await expect(director.getByTestId("report-filters")).toHaveText(
    `时间范围：${year}-${from} – ${year}-${to}`,
  );
});

test("a manager is told the quarterly report is not theirs to open, not shown an error", async ({
  pageAs,
}) => {
  const manager = await pageAs("manager");
  const response = await manager.goto("/relationship-report");
  expect(response?.status()).toBe(200);
  await expect(
    manager.getByText(
      "Only directors, executives and administrators can open the customer relationship report.",
    ),
  ).toBeVisible();
  await expect(manager.getByTestId("report-filters")).toHaveCount(0);
  await expect(manager.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(manager.getByRole("link", { name: "Download CSV" })).toHaveCount(0);
});
