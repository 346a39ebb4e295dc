import { demoUser, expect, test } from "./fixtures";

/* #20 customer value: an order through to the account's class, the at-risk list, the sales report. */

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;
const ORDER_URL = /\/accounts\/[0-9a-f-]{36}\/orders\/[0-9a-f-]{36}$/;
const zhCookie = (url: string) => [
  { name: "NEXT_LOCALE", value: "zh-CN", url: new URL(url).origin },
];

test.describe("customer value", () => {
  test("a manager records, confirms and delivers an order; the delivery's return visit appears", async ({
    pageAs,
  }) => {
    test.setTimeout(120_000);
    const stamp = String(Date.now()).slice(-7);
    const page = await pageAs("manager");
    await page.goto("/accounts/new");
    await page.getByLabel("Customer name").fill(`杭州价值测试涂装有限公司${stamp}`);
    await page.getByLabel("Area").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(ACCOUNT_URL);
    const id = ACCOUNT_URL.exec(page.url())![1]!;

    await page.goto(`/accounts/${id}/orders/new`);
    const form = page.getByRole("form", { name: "Record a sales order" });
    await form.getByLabel("Order/contract no.").fill(`E2E-SO-${stamp}`);
    const line = form.getByRole("group", { name: "Line 1" });
    await line.getByLabel("Product").selectOption({ label: "P-AC04 防腐涂装方案 (套)" });
    await line.getByLabel("Unit price").fill("50000000");
    await line.getByLabel("Quantity").fill("1");
    await form.getByRole("button", { name: "Save order" }).click();
    await expect(page).toHaveURL(ORDER_URL);
    await page.getByRole("button", { name: "Confirm order" }).click();
    await expect(page.getByText(`Order E2E-SO-${stamp} is now confirmed.`)).toBeVisible();
    await page.getByRole("button", { name: "Mark delivered" }).click();
    await expect(page.getByText(`Order E2E-SO-${stamp} is now delivered.`)).toBeVisible();

    await page.goto(`/accounts/${id}?tab=tasks`);
    const open = page.getByRole("region", { name: "Open" });
    await expect(open.getByRole("listitem", { name: "After a delivered order" })).toBeVisible();
  });

  test("after a director's recompute the account's value and class change; zh-CN", async ({
    pageAs,
    sql,
  }) => {
    const stamp = String(Date.now()).slice(-7);
    const [account] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, stage)
      select ${`v${stamp}`}, ${`宁波价值测试有限公司${stamp}`}, id, 'execution'
      from users where email = ${demoUser("manager").email}
      returning id`;
    const page = await pageAs("manager");
    await page.goto(`/accounts/${account!.id}?tab=value`);
    const value = page.getByRole("region", { name: "Value (last 12 months)" });
    await expect(value.getByText("Not computed yet")).toBeVisible();
    await expect(value.getByText("No class yet.")).toBeVisible();
    // A delivered order large enough to rank first of the whole company: class A.
    await sql`
      insert into orders (account_id, number, order_date, status, currency, total_minor,
        costed_amount_minor, line_count)
      values (${account!.id}, ${`E2E-V-${stamp}`}, current_date, 'delivered', 'CNY',
        5000000000, 0, 1)`;

    const director = await pageAs("director");
    await director.goto("/accounts/abc");
    await director.getByRole("button", { name: "Recompute now" }).click();
    await expect(director.getByText(/^Recomputed/)).toBeVisible({ timeout: 60_000 });

    await page.reload();
    await expect(value.getByText("Value class A")).toBeAttached();
    await expect(value.getByText("CN¥50,000,000.00").first()).toBeVisible();
    await expect(value.getByText("accounts above hold 0 %", { exact: true })).toBeVisible();
    await expect(value.getByRole("listitem").filter({ hasText: "on demand" })).toContainText(
      "classified A (recomputed on demand): revenue CN¥50,000,000.00",
    );
    await page.context().addCookies(zhCookie(page.url()));
    await page.reload();
    const zhValue = page.getByRole("region", { name: "客户价值（近 12 个月）" });
    await expect(zhValue.getByText("A 类客户")).toBeAttached();
    await expect(zhValue.getByRole("listitem").filter({ hasText: "手动" })).toContainText(
      "首次分类为 A 类（手动重新计算）",
    );
  });

  test("a director sees the at-risk list with each reason and can narrow it to one manager; a manager sees only theirs; zh-CN", async ({
    pageAs,
    sql,
  }) => {
    const stamp = String(Date.now()).slice(-7);
    const name = `无锡风险测试有限公司${stamp}`;
    const [account] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, stage)
      select ${`r${stamp}`}, ${name}, id, 'execution' from users where email = ${demoUser("manager").email}
      returning id`;
    const signals = [
      { code: "noActivity", weight: 30, params: { days: 60, limit: 45, never: 0 } },
      { code: "complaintsPastSla", weight: 30, params: { count: 2 } },
      {
        code: "lowSatisfaction",
        weight: 25,
        params: { nps: 3, surveys: 1 },
        reason: "lowRecommendation",
      },
    ];
    await sql`
      insert into account_health (account_id, score, level, signals, computed_at)
      values (${account!.id}, 15, 'at_risk', ${sql.json(signals)}, now())`;

    const director = await pageAs("director");
    await director.goto("/accounts/at-risk");
    const row = director.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(demoUser("manager").name);
    await expect(row).toContainText("No activity for 60 days (limit 45).");
    await expect(row).toContainText("2 open complaints are past their SLA.");
    await expect(row).toContainText(
      "Low satisfaction: in 1 survey answer the customer rates how likely they are to recommend us 3 of 10 on average.",
    );
    await director
      .getByLabel("Customer manager")
      .selectOption({ label: demoUser("manager2").name });
    await director.getByRole("button", { name: "Filter" }).click();
    await expect(director).toHaveURL(/owner=/);
    await expect(director.getByRole("row").filter({ hasText: name })).toHaveCount(0);

    const other = await pageAs("manager2");
    await other.goto("/accounts/at-risk");
    await expect(other.getByRole("heading", { name: "At-risk accounts" })).toBeVisible();
    await expect(other.getByText(name)).toHaveCount(0);

    const mine = await pageAs("manager");
    await mine.context().addCookies(zhCookie(director.url()));
    await mine.goto("/accounts/at-risk");
    const zhRow = mine.getByRole("row").filter({ hasText: name });
    await expect(zhRow).toContainText(
      "满意度偏低：1 份满意度调查中客户推荐意愿平均 3 分（满分 10 分）。",
    );
    await expect(zhRow).toContainText("有 2 个未结投诉已超出服务时限。");
  });

  test("the printed sales report shows the period, who printed it and per-manager revenue, without controls; a manager's is their own; zh-CN", async ({
    pageAs,
  }) => {
    const director = await pageAs("director");
    await director.goto("/accounts");
    await director.getByText("More exports").click();
    await director.getByRole("link", { name: "Print sales report" }).click();
    await expect(director).toHaveURL(/\/accounts\/sales-report$/);
    await expect(director.getByRole("heading", { name: "Sales report" })).toBeVisible();
    await director.getByLabel("From", { exact: true }).fill("2020-01-01");
    await director.getByLabel("To", { exact: true }).fill("2030-12-31");
    await director.getByRole("button", { name: "Show" }).click();
    await expect(director).toHaveURL(/from=2020-01-01&to=2030-12-31/);
    await expect(director.getByTestId("report-filters")).toHaveText(
      "Orders dated 2020-01-01 to 2030-12-31 · Customer manager: All customer managers",
    );
    await expect(director.getByTestId("report-printed")).toContainText(demoUser("director").name);
    const byManager = director.getByRole("table", { name: "By customer manager" });
    await expect(byManager.getByRole("row").filter({ hasText: "Total" })).toBeVisible();
    await expect(
      director.getByRole("table", { name: "By account, highest revenue first" }),
    ).toBeVisible();

    // On paper the controls are left off, the filters and the printer stay.
    await director.emulateMedia({ media: "print" });
    await expect(director.getByRole("button", { name: "Show" })).toBeHidden();
    await expect(director.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(director.getByTestId("report-filters")).toBeVisible();
    await expect(director.getByTestId("report-printed")).toBeVisible();

    const manager = await pageAs("manager");
    await manager.goto("/accounts/sales-report?from=2020-01-01&to=2030-12-31");
    await expect(manager.getByTestId("report-filters")).toContainText(
      "Your own and your team’s accounts",
    );
    await expect(manager.getByLabel("Customer manager")).toHaveCount(0);
    await manager.context().addCookies(zhCookie(manager.url()));
    await manager.reload();
    await expect(manager.getByRole("heading", { name: "销售信息报表" })).toBeVisible();
    await expect(manager.getByTestId("report-filters")).toContainText("本人及所在团队的客户");
  });
});
