import { expect, test } from "./fixtures";

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;

/** The wall time `days` days ago in Shanghai (the app's zone), as datetime-local takes it. */
function shanghaiDaysAgo(days: number): string {
  const shifted = new Date(Date.now() - days * 86_400_000 + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

test.describe("activities", () => {
  test("a manager logs a reception three days past its limit and sees it flagged, in both languages", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(120_000);
    const name = `杭州接待测试有限公司${String(Date.now()).slice(-6)}`;
    const page = await pageAs("manager");
    await page.goto("/accounts/new");
    await page.getByLabel("Customer name").fill(name);
    await page.getByLabel("Area").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(ACCOUNT_URL);
    const id = ACCOUNT_URL.exec(page.url())![1]!;

    // A customer-side contact to choose.
    await page.getByRole("button", { name: "Add customer-side stakeholder" }).click();
    const person = page.getByRole("form", { name: "New stakeholder" });
    await person.getByLabel("Name").fill("陈立");
    await person.getByRole("button", { name: "Add stakeholder" }).click();
    await expect(person).toBeHidden();

    await page.getByRole("tab", { name: "Activities" }).click();
    await expect(page).toHaveURL(`/accounts/${id}?tab=activities`);
    await expect(page.getByText("No activities logged yet.")).toBeVisible();
    await page.getByRole("button", { name: "Log an activity" }).click();
    const form = page.getByRole("form", { name: "New activity" });
    await expect(form.getByLabel("Subject")).toBeFocused();
    await form.getByLabel("Type").selectOption({ label: "Reception" });
    // Five days ago: three days after the two-day limit for receptions.
    await form.getByLabel("When it happened").fill(shanghaiDaysAgo(5));
    await form.getByLabel("Subject").fill("客户来访参观工厂");
    await form.getByLabel("Outcome").fill("同意试样");
    await form.getByLabel("陈立").check();
    await form.getByRole("button", { name: "Save activity" }).click();
    await expect(form).toBeHidden();

    // Accepted, never refused; the delay is in working hours.
    const [row] = await sql<{ filing_delay_minutes: number; contact_ids: string[] }[]>`
      select filing_delay_minutes, contact_ids from activities where account_id = ${id}`;
    expect(row!.filing_delay_minutes).toBeGreaterThan(0);
    expect(row!.contact_ids).toHaveLength(1);
    await expect(page.getByRole("status")).toContainText("It was filed");
    const entry = page.getByTestId("activity-entry");
    await expect(entry).toContainText("Reception");
    await expect(entry).toContainText("客户来访参观工厂");
    await expect(entry).toContainText("Contacts: 陈立");
    await expect(entry.getByTestId("filing-late")).toHaveText(/^Filed [\d.]+ working hours? late$/);

    // The filter shows receptions and hides them under calls.
    await page.getByRole("link", { name: "Call" }).click();
    await expect(page.getByText("No activities of this type yet.")).toBeVisible();
    await page.getByRole("link", { name: "Reception" }).click();
    await expect(page.getByTestId("activity-entry")).toHaveCount(1);

    // Edit: the outcome changes, the delay stays measured from the first filing.
    await page.getByRole("button", { name: "Edit activity 客户来访参观工厂" }).click();
    const edit = page.getByRole("form", { name: "Edit activity: 客户来访参观工厂" });
    await edit.getByLabel("Outcome").fill("同意试样，下周报价");
    await edit.getByRole("button", { name: "Save activity" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByTestId("activity-entry")).toContainText("Outcome: 同意试样，下周报价");
    await expect(page.getByTestId("filing-late")).toBeVisible();

    // The history tab shows the activity beside the other edits.
    await page.getByRole("tab", { name: "History" }).click();
    await expect(page.getByText(/Reception logged: 客户来访参观工厂 \(filed/)).toBeVisible();

    // 中文
    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(page.url()).origin }]);
    await page.goto(`/accounts/${id}?tab=activities`);
    await expect(page.getByTestId("filing-late")).toHaveText(/^迟报 [\d.]+ 个工作小时$/);
    await expect(page.getByTestId("activity-entry")).toContainText("接待");
  });

  test("an admin changes a filing limit; it is kept, and 0 hours is refused beside the field", async ({
    pageAs,
  }) => {
    const admin = await pageAs("admin");
    await admin.goto("/admin/stages");
    const row = admin.getByTestId("filing-limit-note");
    const hours = row.getByLabel("Filing limit for Note, in hours");
    await expect(hours).toHaveValue("24");
    await hours.fill("36");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("status")).toBeVisible();
    await admin.reload();
    await expect(hours).toHaveValue("36");
    await hours.fill("0");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("alert").first()).toBeVisible();
    // Back to seed 003's 24 hours for the other tests.
    await hours.fill("24");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByRole("status")).toBeVisible();
  });
});
