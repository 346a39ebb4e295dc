import { csvBytes, customerRow, CUSTOMER_HEADER } from "@/lib/import/testing/generate";
import { demoUser, expect, test } from "./fixtures";

/*
 * A director imports customers from a GBK CSV (what Chinese Excel saves): the
 * encoding is detected as GB18030, the suggested mapping is kept, the dry run
 * reports the broken row, the import runs with a progress bar to the end, the
 * customers are in the list with the chosen manager, and undoing removes them.
 */
test("a director imports a GBK CSV with a dry run, follows the progress and undoes it", async ({
  pageAs,
}) => {
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-6);
  const prefix = `导入E2E${suffix}`;
  const base = 800_000 + (Number(suffix) % 100_000);
  const good = [customerRow(base + 1, prefix), customerRow(base + 2, prefix)];
  const broken = customerRow(base + 3, prefix);
  broken[0] = ""; // no customer name
  const names = good.map((r) => r[0]!);
  const file = csvBytes([CUSTOMER_HEADER, ...good, broken], "gb18030");

  const page = await pageAs("director");
  await page.goto("/accounts");
  await page.getByRole("link", { name: "Import customers" }).click();
  await expect(page.getByRole("heading", { name: "Import customers", level: 1 })).toBeVisible();

  // An empty file is refused beside the picker, nothing is uploaded.
  const picker = page.getByLabel("File", { exact: true });
  await picker.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator("#import-file-error")).toHaveText(
    "The file is empty: it has no header row.",
  );
  await expect(page).toHaveURL(/\/accounts\/import$/);

  await picker.setInputFiles({ name: `客户${suffix}.csv`, mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/accounts\/import\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1)!;

  // Detected GB18030, read correctly, mapping suggested from the Chinese headers.
  await expect(page.getByLabel("Encoding")).toHaveValue("gb18030");
  await expect(page.getByText("Detected: GBK / GB18030 (Chinese Excel)")).toBeVisible();
  await expect(page.getByTestId("import-preview")).toContainText(names[0]!);
  await expect(page.getByLabel("客户名称", { exact: true })).toHaveValue("name");
  await expect(page.getByLabel("区号", { exact: true })).toHaveValue("area");
  await expect(page.getByLabel("联系人", { exact: true })).toHaveValue("contact.name");
  await page.getByLabel("Owner of new customers").selectOption({ label: demoUser("manager").name });

  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-check-summary")).toHaveText(
    "3 rows: 2 ready, 1 with errors, 0 duplicates.",
    { timeout: 60_000 },
  );
  const report = page.getByRole("link", { name: "Download the error report (CSV)" });
  await expect(report).toHaveAttribute("href", `/accounts/import/${id}/errors`);
  const csv = await page.request.get(`/accounts/import/${id}/errors`);
  expect(csv.status()).toBe(200);
  // One line per error: the broken row (file line 4), its customer name field.
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^4,/);
  await expect(page.getByRole("table", { name: /Rows with errors/ })).toContainText(
    "Customer name:",
  );

  await page.getByRole("button", { name: "Import 2 rows" }).click();
  const bar = page.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "2", { timeout: 60_000 });
  await expect(bar).toHaveAttribute("aria-valuemax", "2");
  await expect(page.getByTestId("import-result")).toHaveText(
    "2 customers created, 0 updated, 0 skipped, 1 rows with errors, 2 contacts added.",
  );

  await page.goto(`/accounts?q=${encodeURIComponent(prefix)}`);
  for (const name of names) await expect(page.getByRole("link", { name })).toBeVisible();

  await page.goto(`/accounts/import/${id}`);
  await page.getByRole("button", { name: "Undo this import" }).click();
  await page.getByRole("button", { name: "Yes, undo" }).click();
  await expect(page.getByText("This import was undone.")).toBeVisible();
  await page.goto(`/accounts?q=${encodeURIComponent(prefix)}`);
  for (const name of names) await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("an executive has no import link, the import page answers 403 and the upload is refused", async ({
  pageAs,
}) => {
  const executive = await pageAs("executive");
  await executive.goto("/accounts");
  await expect(executive.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(executive.getByRole("link", { name: "Import customers" })).toHaveCount(0);
  expect((await executive.goto("/accounts/import"))?.status()).toBe(403);
  await expect(executive.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const upload = await executive.request.post("/accounts/import/upload?name=a.csv", {
    data: Buffer.from("客户名称,区号\r\n甲,0101\r\n"),
  });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: "forbidden" });
});
