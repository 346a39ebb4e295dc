import type { Page } from "@playwright/test";
import { demoUser, expect, test } from "./fixtures";

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;

async function addCustomerStakeholder(page: Page, name: string, role: string) {
  await page.getByRole("button", { name: "Add customer-side stakeholder" }).click();
  const form = page.getByRole("form", { name: "New stakeholder" });
  await expect(form.getByLabel("Name")).toBeFocused();
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role in the decision").selectOption({ label: role });
  await form.getByLabel("Influence").selectOption({ label: "4 · high" });
  await form.getByLabel("Attitude").selectOption({ label: "Supporter" });
  await form.getByLabel("Mobile").fill("138 0013 8000");
  await form.getByRole("button", { name: "Add stakeholder" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("listitem").filter({ hasText: name }).first()).toBeVisible();
}

test.describe("account page", () => {
  test("stakeholders, the gate, a director's override in history, and scoping", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(120_000);
    const name = `宁波港湾涂料有限公司${String(Date.now()).slice(-6)}`;
    const manager = await pageAs("manager");

    await manager.goto("/accounts/new");
    await manager.getByLabel("Customer name").fill(name);
    await manager.getByLabel("Area").selectOption({ index: 1 });
    await manager.getByRole("button", { name: "Create account" }).click();
    await expect(manager).toHaveURL(ACCOUNT_URL);
    const id = ACCOUNT_URL.exec(manager.url())![1]!;
    await expect(manager.getByRole("heading", { level: 1, name })).toBeVisible();
    const stepper = manager.getByRole("list").filter({ hasText: "Cost plan" }).first();
    await expect(stepper.locator('[aria-current="step"]')).toContainText(
      "Stakeholder identification",
    );

    // A stakeholder who does not decide is not enough: the refusal says what is missing.
    await addCustomerStakeholder(manager, "王芳", "Influencer");
    await manager.getByRole("button", { name: "Move to Evaluation scorecard" }).click();
    const refusal = manager.getByRole("alert").filter({ hasText: "cannot move to" });
    await expect(refusal).toContainText(
      "Identify at least one decision maker or primary contact on the customer side.",
    );
    await expect(refusal).toBeFocused();

    await addCustomerStakeholder(manager, "刘建国", "Decision maker");
    await expect(manager.getByRole("cell", { name: /刘建国/ })).toBeVisible();
    await manager.getByRole("button", { name: "Move to Evaluation scorecard" }).click();
    await expect(manager.getByText("The account is now in Evaluation scorecard.")).toBeVisible();
    await expect(stepper.locator('[aria-current="step"]')).toContainText("Evaluation scorecard");

    await manager.getByRole("tab", { name: "History" }).click();
    await expect(manager).toHaveURL(/[?&]tab=history/);
    await expect(manager.getByRole("tab", { name: "History" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(
      manager.getByText("Move forward: Stakeholder identification → Evaluation scorecard"),
    ).toBeVisible();
    await expect(manager.getByText("Stakeholder added: 刘建国")).toBeVisible();

    // Without an approved evaluation scorecard the gate says so.
    await manager.getByRole("button", { name: "Move to Requirements document" }).click();
    await expect(manager.getByText("No evaluation scorecard has been filled in.")).toBeVisible();
    await expect(manager.getByRole("checkbox", { name: /Override the gate/ })).toHaveCount(0);

    // A director overrides it with a written reason; history marks the override.
    const director = await pageAs("director");
    await director.goto(`/accounts/${id}?tab=history`);
    await director.getByRole("button", { name: "Move to Requirements document" }).click();
    await expect(director.getByText("No evaluation scorecard has been filled in.")).toBeVisible();
    await director.getByRole("checkbox", { name: /Override the gate/ }).check();
    const reason = director.getByLabel("Reason for the override");
    await expect(reason).toBeFocused();
    await director
      .getByRole("button", { name: "Override and move to Requirements document" })
      .click();
    await expect(director.getByText("An override needs a written reason.")).toBeVisible();
    await reason.fill("评估表已线下审批，系统功能上线后补录");
    await director
      .getByRole("button", { name: "Override and move to Requirements document" })
      .click();
    await expect(director.getByText("The account is now in Requirements document.")).toBeVisible();
    const overrideEntry = director
      .getByRole("listitem")
      .filter({ hasText: "Evaluation scorecard → Requirements document" });
    await expect(overrideEntry.getByText("Gate overridden")).toBeVisible();
    await expect(overrideEntry).toContainText("评估表已线下审批，系统功能上线后补录");
    const [transition] = await sql<{ override: boolean }[]>`
      select override from stage_transitions
      where account_id = ${id} and to_stage = 'requirements'`;
    expect(transition?.override).toBe(true);

    // Sending it back for rework goes through the dialog and needs a reason.
    await manager.goto(`/accounts/${id}`);
    await manager.getByLabel("Move back to…").selectOption({ label: "Evaluation scorecard" });
    await manager.getByRole("button", { name: "Move back…" }).click();
    const dialog = manager.getByRole("dialog", { name: "Send back to Evaluation scorecard" });
    await expect(dialog.getByLabel("Reason")).toBeFocused();
    await dialog.getByRole("button", { name: "Send back" }).click();
    await expect(dialog.getByText("Say why the account goes back for rework.")).toBeVisible();
    await dialog.getByLabel("Reason").fill("评估需补充客户财务数据");
    await dialog.getByRole("button", { name: "Send back" }).click();
    await expect(dialog).toBeHidden();
    await expect(manager.getByText("The account is now in Evaluation scorecard.")).toBeVisible();

    const other = await pageAs("manager2");
    await other.goto(`/accounts/${id}`);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(other.getByText(name)).toHaveCount(0);
  });
});

test("a long history is read a page at a time, newest first", async ({ pageAs, sql }) => {
  const tag = Date.now().toString(36);
  const [owner] = await sql<{ id: string }[]>`
    select id from users where email = ${demoUser("manager").email}`;
  const [account] = await sql<{ id: string }[]>`
    insert into accounts (code, name, owner_id) values (${`n3${tag}`}, ${`History Co ${tag}`}, ${owner!.id})
    returning id`;
  // 130 entries, one a day, the newest yesterday.
  await sql`
    insert into audit_log (at, actor_id, entity, entity_id, account_id, action)
    select now() - make_interval(days => 131 - i), ${owner!.id}, 'stakeholder', i::text, ${account!.id}, 'update'
    from generate_series(1, 130) i`;
  const page = await pageAs("manager");
  await page.goto(`/accounts/${account!.id}?tab=history`);
  const entries = page
    .getByRole("list", { name: "Account history" })
    .getByText("Stakeholder edited");
  await expect(entries).toHaveCount(100);
  await page.getByRole("link", { name: "Show older changes" }).click();
  await expect(page).toHaveURL(/[?&]before=\d+/);
  await expect(entries).toHaveCount(30);
  await expect(page.getByRole("link", { name: "Show older changes" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the latest changes" }).click();
  await expect(entries).toHaveCount(100);
});
