import { existsSync } from "node:fs";
import { expect, test } from "./fixtures";

test.describe("admin settings", () => {
  test("an admin changes a stage's expected days", async ({ pageAs, sql }) => {
    const page = await pageAs("admin");
    await page.goto("/admin/stages");
    await expect(page.getByRole("heading", { name: "Stage time limits", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Stage time limits" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const row = page.getByTestId("stage-setting-schedule");
    const days = row.getByLabel("Expected days for Schedule");
    const before = await days.inputValue();

    await days.fill("0");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByText("Enter whole days from 1 to 365")).toBeVisible();

    await days.fill("9");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("status")).toHaveText("Saved.");
    const [saved] = await sql<{ expected_days: number | null }[]>`
      select expected_days from stage_settings where stage = 'schedule'`;
    expect(saved?.expected_days).toBe(9);
    await page.reload();
    await expect(days).toHaveValue("9");
    await expect(row).toContainText("Accounts currently overdue in this stage:");

    // Put it back, so other specs see the usual limits; a second save uses the new version.
    await days.fill(before);
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("status")).toHaveText("Saved.");
  });

  test("an admin adds an industry, which the account form then offers", async ({ pageAs, sql }) => {
    const page = await pageAs("admin");
    await page.goto("/admin/reference-data");
    await expect(page.getByRole("heading", { name: "Reference data", level: 1 })).toBeVisible();
    const code = `pharma${Date.now().toString(36)}`;
    const name = `Pharmaceuticals ${code}`;

    await page.getByLabel("Code").fill("coatings");
    await page.getByLabel("Chinese name").fill("重复");
    await page.getByLabel("English name").fill("Duplicate");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(
      page.getByText("This code is already used by another item of this kind."),
    ).toBeVisible();

    await page.getByLabel("Code").fill(code);
    await page.getByLabel("Chinese name").fill("医药");
    await page.getByLabel("English name").fill(name);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByText(`${name} added.`)).toBeVisible();
    const row = page.getByTestId(`ref-row-industry-${code}`);
    await expect(row).toContainText(name);
    await expect(row).toContainText("Active");
    expect(await sql`select 1 from reference_items where code = ${code}`).toHaveLength(1);

    if (existsSync("app/(app)/accounts/new/page.tsx")) {
      await page.goto("/accounts/new");
      await expect(
        page.getByLabel("Industry", { exact: true }).locator("option", { hasText: name }),
      ).toHaveCount(1);
    }

    await page.goto("/admin/reference-data");
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
  });

  test("the admin pages refuse a director with 403", async ({ pageAs }) => {
    const page = await pageAs("director");
    for (const path of ["/admin/reference-data", "/admin/stages"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
});
