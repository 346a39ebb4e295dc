import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { demoUser, expect, test } from "./fixtures";

/*
 * A manager exports a filtered account list: the CSV and the Excel file hold exactly
 * the accounts the list shows (not another manager's), Chinese intact; the printed
 * customer profile reads in both languages with its controls left off on paper.
 */
test("a manager exports a filtered list as CSV and Excel and prints a customer profile", async ({
  pageAs,
  sql,
}) => {
  test.setTimeout(120_000);
  const suffix = String(Date.now()).slice(-6);
  const token = `导出测试${suffix}`;
  const [mine, theirs] = await Promise.all([
    sql<{ id: string }[]>`select id from users where email = ${demoUser("manager").email}`,
    sql<{ id: string }[]>`select id from users where email = ${demoUser("manager2").email}`,
  ]);
  const names = [`杭州${token}涂料有限公司`, `北京${token}科技`, `=上海${token}`];
  const accounts = await sql<{ id: string; code: string; name: string }[]>`
    insert into accounts (code, name, owner_id, grade, city)
    select 'n9' || ${suffix} || n, name, ${mine[0]!.id}, 'important', '杭州'
    from unnest(${names}::text[]) with ordinality as t(name, n)
    returning id, code, name`;
  await sql`insert into accounts (code, name, owner_id) values (${`n8${suffix}`}, ${`广州${token}`}, ${theirs[0]!.id})`;
  const profiled = accounts.find((a) => a.name.startsWith("杭州"))!;
  await sql`insert into stakeholders (account_id, side, name, decision_role, is_primary, title)
    values (${profiled.id}, 'customer', '刘建国', 'decision_maker', true, '采购总监')`;

  const page = await pageAs("manager");
  await page.goto("/accounts");
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill(token);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  for (const a of accounts) await expect(page.getByTestId(`account-row-${a.code}`)).toBeVisible();
  await expect(page.getByRole("link", { name: `广州${token}` })).toHaveCount(0);

  const csvLink = page.getByRole("link", { name: "Export CSV" });
  await expect(csvLink).toHaveAttribute("href", /q=/);
  await csvLink.focus();
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.keyboard.press("Enter"),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^accounts-\d{4}-\d\d-\d\d\.csv$/);
  const bytes = readFileSync((await csvDownload.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
  expect(header!.slice(0, 3)).toEqual(["Customer code", "Customer name", "Grade"]);
  expect(rows.map((r) => r[0]).sort()).toEqual(accounts.map((a) => a.code).sort());
  expect(rows.map((r) => r[1]).sort()).toEqual(
    [`'=上海${token}`, `北京${token}科技`, `杭州${token}涂料有限公司`].sort(),
  );

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export Excel" }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const sheet = workbook.worksheets[0]!;
  const cells = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1, 3));
  expect(cells.map(([code]) => code).sort()).toEqual(accounts.map((a) => a.code).sort());
  expect(cells.map(([, name]) => name)).toContain(`=上海${token}`);

  // The customer profile, from the account page, in English and then in Chinese.
  await page.goto(`/accounts/${profiled.id}`);
  await page.getByRole("link", { name: "Print profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customer profile" })).toBeVisible();
  await expect(page.getByText(profiled.name).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /刘建国/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stage history" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByTestId("report-printed")).toHaveText(/^Printed .+ by 张伟$/);
  await page.emulateMedia({ media: "screen" });
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "客户档案" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "阶段历史" })).toBeVisible();
  await expect(page.getByText("客户编码").first()).toBeVisible();
});
