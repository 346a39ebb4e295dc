import { expect, test } from "./fixtures";

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;

test.describe("return visits", () => {
  test("a logged visit creates a return visit on the Tasks tab; it is recorded with method, contact and satisfaction; zh-CN", async ({
    pageAs,
  }) => {
    test.setTimeout(120_000);
    const name = `苏州回访测试有限公司${String(Date.now()).slice(-6)}`;
    const page = await pageAs("manager");
    await page.goto("/accounts/new");
    await page.getByLabel("Customer name").fill(name);
    await page.getByLabel("Area").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(ACCOUNT_URL);
    const id = ACCOUNT_URL.exec(page.url())![1]!;

    await page.getByRole("button", { name: "Add customer-side stakeholder" }).click();
    const person = page.getByRole("form", { name: "New stakeholder" });
    await person.getByLabel("Name").fill("陈立");
    await person.getByRole("button", { name: "Add stakeholder" }).click();
    await expect(person).toBeHidden();

    await page.getByRole("tab", { name: "Activities" }).click();
    await page.getByRole("button", { name: "Log an activity" }).click();
    const activity = page.getByRole("form", { name: "New activity" });
    await activity.getByLabel("Type").selectOption({ label: "On-site visit" });
    await activity.getByLabel("Subject").fill("上门拜访了解样品使用情况");
    await activity.getByRole("button", { name: "Save activity" }).click();
    await expect(activity).toBeHidden();

    await page.getByRole("tab", { name: "Return visits & follow-ups" }).click();
    await expect(page).toHaveURL(`/accounts/${id}?tab=tasks`);
    const open = page.getByRole("region", { name: "Open" });
    const task = open.getByRole("listitem", { name: "After an on-site visit" });
    await expect(task).toBeVisible();
    await expect(task.getByText("Assigned to")).toBeVisible();
    await task.getByRole("button", { name: "Record return visit" }).click();
    const form = page.getByRole("form", { name: "Return visit: After an on-site visit" });
    await expect(form.getByLabel("Return visit method")).toBeFocused();
    // Submitting without a contact and satisfaction says so beside the fields.
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByLabel("Contact reached")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Return visit method").selectOption({ label: "On site" });
    await form.getByLabel("Contact reached").selectOption({ label: "陈立" });
    await form.getByLabel("Satisfaction").selectOption({ label: "4 – satisfied" });
    await form.getByLabel("Notes").fill("样品效果良好");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form).toBeHidden();

    const closed = page.getByRole("region", { name: "Done and cancelled" });
    const done = closed.getByRole("listitem", { name: "After an on-site visit" });
    await expect(done.getByText("Done", { exact: true })).toBeVisible();
    await expect(done.getByText("On site · contact: 陈立 · satisfaction 4/5")).toBeVisible();
    await expect(page.getByText("No open return visits or follow-ups.")).toBeVisible();

    await page
      .context()
      .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(page.url()).origin }]);
    await page.reload();
    await expect(page.getByRole("tab", { name: "回访与跟进" })).toBeVisible();
    const zhDone = page.getByRole("region", { name: "已完成与已取消" });
    await expect(zhDone.getByText("上门拜访 · 联系人：陈立 · 满意度 4/5")).toBeVisible();
  });
});
