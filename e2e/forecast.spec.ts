import { demoUser, expect, test } from "./fixtures";

const DAY = 86_400_000;

test.describe("execution forecast", () => {
  test("a director reads the forecast tab and an account's P50/P80 dates, in English and Chinese", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(60_000);
    const tag = Date.now().toString(36);
    const [industry] = await sql<{ id: number }[]>`
      insert into reference_items (kind, code, name_en, name_zh)
      values ('industry', ${`e2e-fc-${tag}`}, ${`Forecast ${tag}`}, ${`预测 ${tag}`}) returning id`;
    const [manager] = await sql<{ id: string }[]>`
      select id from users where email = ${demoUser("manager").email}`;
    const now = Date.now();
    // 25 accounts of this industry went from cost plan to execution in 10 days.
    for (let i = 0; i < 25; i++) {
      const [row] = await sql<{ id: string }[]>`
        insert into accounts (code, name, owner_id, industry_id, stage, stage_entered_at)
        values (${`n9${tag}${i}`}, ${`Done ${tag} ${i}`}, ${manager!.id}, ${industry!.id},
                'execution', ${new Date(now - (50 + i) * DAY)}) returning id`;
      await sql`insert into stage_transitions (account_id, to_stage, kind, at)
        values (${row!.id}, 'cost_plan', 'create', ${new Date(now - (60 + i) * DAY)})`;
      await sql`insert into stage_transitions (account_id, from_stage, to_stage, kind, at)
        values (${row!.id}, 'cost_plan', 'execution', 'forward', ${new Date(now - (50 + i) * DAY)})`;
    }
    const [open] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, industry_id, stage, stage_entered_at)
      values (${`n9${tag}open`}, ${`Open ${tag}`}, ${manager!.id}, ${industry!.id},
              'cost_plan', ${new Date(now - 3 * DAY)}) returning id`;
    await sql`insert into stage_transitions (account_id, to_stage, kind, at)
      values (${open!.id}, 'cost_plan', 'create', ${new Date(now - 3 * DAY)})`;

    const page = await pageAs("director");
    await page.goto(`/dashboards/forecast?industry=${industry!.id}`);
    await expect(
      page
        .getByRole("navigation", { name: "Dashboard views" })
        .getByRole("link", { name: "Forecast" }),
    ).toHaveAttribute("aria-current", "page");
    await expect(
      page.getByRole("heading", { name: "Accounts expected to reach execution" }).first(),
    ).toBeVisible();
    await expect(page.getByText(/Open accounts the filters leave \(1\)/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the forecast works" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Download CSV/ }).first()).toBeVisible();

    await page.goto(`/accounts/${open!.id}`);
    const forecast = page.getByTestId("account-forecast");
    await expect(forecast.getByRole("heading", { name: "Execution forecast" })).toBeVisible();
    const p50 = await forecast.locator("dd time").nth(0).getAttribute("datetime");
    const p80 = await forecast.locator("dd time").nth(1).getAttribute("datetime");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
      new Date(),
    );
    expect(p50! >= today).toBe(true);
    expect(p80! >= p50!).toBe(true);
    await expect(forecast.getByText("P50")).toBeVisible();
    await expect(forecast.getByText("P80")).toBeVisible();
    await expect(forecast.getByText("Chance to reach execution")).toBeVisible();

    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(page.url()).origin }]);
    await page.reload();
    await expect(forecast.getByRole("heading", { name: "执行预测" })).toBeVisible();
    await expect(forecast.locator("dd time").nth(0)).toHaveAttribute("datetime", p50!);
    await expect(forecast.getByText("进入执行的概率")).toBeVisible();
    await page.goto(`/dashboards/forecast?industry=${industry!.id}`);
    await expect(page.getByRole("heading", { name: "预计进入执行的客户数" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "预测方法说明" })).toBeVisible();
  });
});
