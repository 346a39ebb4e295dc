import { demoUser, expect, test } from "./fixtures";

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;

test.describe("account list and registration", () => {
  test("a manager registers a customer, finds it by fuzzy search; only its owners can open it", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(90_000);
    const suffix = String(Date.now()).slice(-6);
    const name = `杭州湖畔涂料有限公司${suffix}`;
    const manager = await pageAs("manager");

    await manager.goto("/accounts");
    await manager.getByRole("link", { name: "New account" }).click();
    await expect(manager.getByRole("heading", { name: "New account" })).toBeVisible();
    await manager.getByLabel("Customer name").fill(name);
    await manager.getByLabel("Area").selectOption({ label: "Hangzhou (0571)" });
    await manager.getByLabel("City", { exact: true }).fill("杭州");
    await manager.getByLabel("Phone").fill("0571-87654321");
    await manager.getByLabel("E-mail").fill("not-an-email");
    await manager.getByRole("button", { name: "Create account" }).click();
    await expect(manager.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(manager.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    expect(await sql`select 1 from accounts where name = ${name}`).toHaveLength(0);

    await manager.getByLabel("E-mail").fill("sales@hupan.example");
    await manager.getByRole("button", { name: "Create account" }).click();
    await expect(manager).toHaveURL(ACCOUNT_URL);
    await expect(manager.getByRole("heading", { level: 1, name })).toBeVisible();
    const id = ACCOUNT_URL.exec(manager.url())![1]!;
    const [created] = await sql<{ code: string; email: string }[]>`
      select a.code, u.email from accounts a join users u on u.id = a.owner_id where a.id = ${id}`;
    expect(created).toMatchObject({ email: demoUser("manager").email });
    expect(created!.code).toMatch(/^n0571\d{2,}$/);

    // A typo (伴 for 畔) still finds it, and the search is in the address.
    await manager.goto("/accounts");
    const search = manager.getByRole("searchbox", { name: "Search" });
    await search.fill("湖伴涂料");
    await search.press("Enter");
    await expect(manager).toHaveURL(/[?&]q=/);
    await expect(manager.getByRole("link", { name })).toBeVisible();
    await expect(manager.getByTestId(`account-row-${created!.code}`)).toContainText(
      "Stakeholder identification",
    );

    const other = await pageAs("manager2");
    await other.goto(`/accounts/${id}`);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await other.goto(`/accounts/${id}/edit`);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await other.goto(`/accounts?q=${encodeURIComponent(name)}`);
    await expect(other.getByText("No accounts match your search or filters.")).toBeVisible();

    // The director hands the account to manager2, who can then work on it.
    const director = await pageAs("director");
    await director.goto(`/accounts/${id}`);
    await director.getByText("Director tools: owner, code, archive").click();
    await director
      .getByLabel("Owner (customer manager)")
      .selectOption({ label: `${demoUser("manager2").name} · Customer manager` });
    await director.getByRole("button", { name: "Save owner and team" }).click();
    await expect(director.getByText("Owner and account team saved.")).toBeVisible();

    await other.goto(`/accounts?q=${encodeURIComponent(name)}`);
    await expect(other.getByRole("link", { name })).toBeVisible();
    await other.goto(`/accounts/${id}`);
    await expect(other.getByRole("heading", { level: 1, name })).toBeVisible();
    await other.goto(`/accounts/${id}/edit`);
    await expect(other.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
    await manager.goto(`/accounts/${id}`);
    await expect(manager.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a stale edit says so and keeps what was typed", async ({ pageAs, sql }) => {
    // An account of its own, so other specs' demo data stays as seeded.
    const [account] = await sql<{ id: string }[]>`
      insert into accounts (code, name, city, area_id, owner_id)
      select ${`n0999${String(Date.now()).slice(-4)}`}, '宁海冲突测试有限公司', '上海', r.id, u.id
      from reference_items r, users u
      where r.kind = 'area' and r.code = '0201' and u.email = ${demoUser("manager").email}
      returning id`;
    const first = await pageAs("manager");
    const second = await pageAs("manager");
    await first.goto(`/accounts/${account!.id}/edit`);
    await second.goto(`/accounts/${account!.id}/edit`);
    await first.getByLabel("City", { exact: true }).fill("苏州");
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect(first).toHaveURL(ACCOUNT_URL);

    await second.getByLabel("City", { exact: true }).fill("宁波");
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByText(/Someone else saved this record/)).toBeVisible();
    await expect(second.getByLabel("City", { exact: true })).toHaveValue("宁波");
    const [saved] = await sql<
      { city: string }[]
    >`select city from accounts where id = ${account!.id}`;
    expect(saved!.city).toBe("苏州");
  });

  test("the list speaks Chinese after switching language", async ({ pageAs }) => {
    const page = await pageAs("manager");
    await page.goto("/accounts");
    await expect(page.getByRole("heading", { name: "Accounts", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "客户", exact: true })).toBeVisible();
    const table = page.getByRole("table");
    await expect(
      table.getByRole("cell", { name: "识别干系人", exact: true }).first(),
    ).toBeVisible();
    await expect(table.getByRole("cell", { name: "重要客户", exact: true }).first()).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "在此阶段" })).toBeVisible();
  });

  test("filters and sort live in the address and survive a reload", async ({ pageAs }) => {
    const page = await pageAs("director");
    await page.goto("/accounts");
    await page.getByLabel("Stage").selectOption({ label: "Stakeholder identification" });
    await expect(page).toHaveURL(/stage=stakeholders/);
    await page.getByLabel("Sort by").selectOption({ label: "Longest in stage" });
    await expect(page).toHaveURL(/sort=longest/);
    await page.reload();
    await expect(page.getByLabel("Stage")).toHaveValue("stakeholders");
    await expect(page.getByLabel("Sort by")).toHaveValue("longest");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("Stakeholder identification");
    // On paper: no form, one line saying what the list holds, every column (a page
    // as narrow as paper hides the city on screen).
    await page.setViewportSize({ width: 700, height: 900 });
    await expect(page.getByRole("columnheader", { name: "City" })).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("search", { name: "Search and filter accounts" })).toBeHidden();
    await expect(page.getByTestId("account-list-print")).toHaveText(
      "Stage: Stakeholder identification",
    );
    await expect(page.getByRole("columnheader", { name: "City" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(page.getByLabel("Stage")).toHaveValue("");
  });
});
