import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { demoUser, expect, test } from "./fixtures";

/**
 * The "Schedule & cost" dashboard over the demo seed (db/seed-demo-delivery.ts):
 * manager2 owns two accounts with schedules and approved cost plans that no other
 * spec touches, with dates relative to the seeding day, so their numbers are known.
 */

/** Cells (after the row header) of one owner's row in a table named `table`. */
const ownerCells = (page: Page, table: string, owner: string) =>
  page
    .getByRole("table", { name: table })
    .getByRole("row", { name: new RegExp(`^${owner}`) })
    .getByRole("cell");

test.describe("schedule & cost dashboard", () => {
  test("a director sees the demo numbers, switches the period and downloads a CSV", async ({
    pageAs,
  }) => {
    test.setTimeout(60_000);
    const owner = demoUser("manager2").name;
    const page = await pageAs("director");
    await page.goto("/dashboards");
    await page
      .getByRole("navigation", { name: "Dashboard views" })
      .getByRole("link", { name: "Schedule & cost" })
      .click();
    await expect(page).toHaveURL(/\/dashboards\/delivery$/);
    await expect(page.getByRole("heading", { name: "Schedule variance by step" })).toBeVisible();
    await page.getByRole("combobox", { name: "Owner" }).selectOption({ label: owner });
    await expect(page).toHaveURL(/[?&]owner=/);

    // Last 90 days: 8 steps finished against the baseline, 3 on time, one open past its finish.
    const summary = page.getByTestId("schedule-summary");
    await expect(summary).toContainText("38%");
    await expect(summary).toContainText("3 of 8 finished steps");
    await expect(ownerCells(page, "Schedule variance by owner", owner)).toHaveText([
      "8",
      "3",
      "5",
      "37.5%",
      "3.3",
      "3.0",
      "9.0",
      "1",
      "0",
    ]);
    // One plan approved in the period: ¥65,000 planned, ¥73,100 forecast, over its ¥60,000 budget.
    const cost = page.getByTestId("cost-summary-CNY");
    await expect(cost).toContainText("+12.5%");
    await expect(cost).toContainText("of 1 with a budget");
    const worst = page.getByRole("table", { name: "Accounts with the largest slip" });
    await expect(worst.getByRole("rowheader")).toHaveText([
      "深圳恒昌电子有限公司",
      "上海永盛涂料有限公司",
    ]);

    await page.getByRole("combobox", { name: "Period" }).selectOption("last365");
    await expect(page).toHaveURL(/[?&]range=last365/);
    await expect(ownerCells(page, "Schedule variance by owner", owner)).toHaveText([
      "12",
      "3",
      "9",
      "25.0%",
      "3.2",
      "2.5",
      "8.7",
      "1",
      "0",
    ]);

    const csvLink = page.getByRole("link", { name: "Download CSV: Cost by owner" });
    const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(
      "Owner,Currency,Plans,Planned,Actual,Forecast,Variance,Variance of plan,Over budget,Over plan",
    );
    expect(csv).toContain(`\r\n${owner},CNY,2,108000.00,107600.00,112600.00,4600.00,4.3%,1,1\r\n`);

    await worst.getByRole("link", { name: "上海永盛涂料有限公司" }).click();
    await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]+\/schedule$/);
    await expect(page.getByRole("heading", { name: "Schedule", level: 1 })).toBeVisible();
  });

  test("a manager sees only their own accounts", async ({ pageAs }) => {
    const page = await pageAs("manager2");
    await page.goto("/dashboards/delivery?range=last365");
    await expect(page.getByRole("combobox", { name: "Owner" })).toHaveCount(0);
    const worst = page.getByRole("table", { name: "Accounts with the largest slip" });
    await expect(worst.getByRole("rowheader", { name: "上海永盛涂料有限公司" })).toBeVisible();
    // manager's demo accounts with late steps are not theirs.
    await expect(worst.getByRole("rowheader", { name: "北京瑞丰机械股份有限公司" })).toHaveCount(0);
    const response = await page.request.get("/dashboards/csv?dataset=cost-owners&range=last365");
    const csv = await response.text();
    expect(csv).toContain(demoUser("manager2").name);
    expect(csv).not.toContain(demoUser("manager").name);
  });

  test("a period without records says so instead of drawing empty charts", async ({ pageAs }) => {
    const page = await pageAs("executive");
    await page.goto("/dashboards/delivery?from=2001-01-01&to=2001-01-31");
    await expect(
      page.getByText("No schedule step finished or fell due in this period.").first(),
    ).toBeVisible();
    await expect(page.getByText("No cost plan was approved in this period.").first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Download CSV/ })).toHaveCount(0);
  });
});
