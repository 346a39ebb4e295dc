import { demoUser, expect, test } from "./fixtures";

const DAY = 86_400_000;

test.describe("stored execution P50", () => {
  test("after the job runs, a board card shows its P50 and the list sorts by it", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(120_000);
    const tag = Date.now().toString(36);
    const [industry] = await sql<{ id: number }[]>`
      insert into reference_items (kind, code, name_en, name_zh)
      values ('industry', ${`e2e-p50-${tag}`}, ${`P50 ${tag}`}, ${`P50 ${tag}`}) returning id`;
    const [manager] = await sql<{ id: string }[]>`
      select id from users where email = ${demoUser("manager").email}`;
    const now = Date.now();
    // 25 accounts of this industry went from cost plan to execution in 10 days.
    for (let i = 0; i < 25; i++) {
      const [row] = await sql<{ id: string }[]>`
        insert into accounts (code, name, owner_id, industry_id, stage, stage_entered_at)
        values (${`n8${tag}${i}`}, ${`Done ${tag} ${i}`}, ${manager!.id}, ${industry!.id},
                'execution', ${new Date(now - (50 + i) * DAY)}) returning id`;
      await sql`insert into stage_transitions (account_id, to_stage, kind, at)
        values (${row!.id}, 'cost_plan', 'create', ${new Date(now - (60 + i) * DAY)})`;
      await sql`insert into stage_transitions (account_id, from_stage, to_stage, kind, at)
        values (${row!.id}, 'cost_plan', 'execution', 'forward', ${new Date(now - (50 + i) * DAY)})`;
    }
    // Two open in cost plan: "A" for a day (P50 in 9 days), "B" for 3 days (in 7).
    const open = async (name: string, days: number) => {
      const [row] = await sql<{ id: string }[]>`
        insert into accounts (code, name, owner_id, industry_id, stage, stage_entered_at)
        values (${`n8${tag}${name}`}, ${`${name} open ${tag}`}, ${manager!.id}, ${industry!.id},
                'cost_plan', ${new Date(now - days * DAY - 3_600_000)}) returning id`;
      return row!.id;
    };
    const later = await open("A", 1);
    const sooner = await open("B", 3);

    const admin = await pageAs("admin");
    await admin.goto("/admin/jobs");
    await admin.getByRole("button", { name: "Run the account-forecasts job now" }).click();
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }[]>`
            select count(*)::int as n from account_forecasts where account_id in (${later}, ${sooner})`
          )[0]!.n,
        { timeout: 60_000 },
      )
      .toBe(2);

    const page = await pageAs("director");
    await page.goto(`/pipeline?industry=${industry!.id}`);
    const card = page.getByTestId(`card-${sooner}`);
    await expect(card.getByTestId("card-p50")).toContainText("Execution P50");

    await page.goto(`/accounts?industry=${industry!.id}`);
    await page.getByLabel("Sort by").selectOption({ label: "Execution P50 (soonest first)" });
    await expect(page).toHaveURL(/sort=p50/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toHaveAttribute("data-testid", `account-row-n8${tag}B`);
    await expect(rows.nth(1)).toHaveAttribute("data-testid", `account-row-n8${tag}A`);
    const dates = await page
      .locator("tbody tr [data-testid=account-p50] time")
      .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")));
    expect(dates).toHaveLength(2);
    expect(dates[0]! < dates[1]!).toBe(true);
  });
});
