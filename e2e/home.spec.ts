import { demoUser, expect, test } from "./fixtures";

test.describe("home page", () => {
  test("shows each role what waits for a decision and the longest-overdue accounts", async ({
    pageAs,
    sql,
  }) => {
    const tag = Date.now().toString(36);
    const name = `Home Co ${tag}`;
    const [owner] = await sql<{ id: string }[]>`
      select id from users where email = ${demoUser("manager2").email}`;
    // Older than anything else in the database, so it heads both lists.
    const [account] = await sql<{ id: string }[]>`
      insert into accounts (code, name, owner_id, stage, stage_entered_at)
      values (${`n6${tag}`}, ${name}, ${owner!.id}, 'cost_plan', '2000-01-03') returning id`;
    await sql`insert into cost_plans (account_id, status, submitted_at, submitted_by_id)
      values (${account!.id}, 'submitted', '2000-01-05', ${owner!.id})`;

    await sql`insert into accounts (code, name) values (${`n5${tag}`}, ${`Nobody Co ${tag}`})`;

    const director = await pageAs("director");
    await director.goto("/");
    // A director assigns owners: the accounts nobody owns are one click away.
    await director.getByTestId("home-unowned").getByRole("link", { name: "Assign owners" }).click();
    await expect(director).toHaveURL(/\/accounts\?owner=none$/);
    await expect(director.getByRole("link", { name: `Nobody Co ${tag}` })).toBeVisible();
    await director.goto("/");
    await expect(
      director.getByRole("heading", { name: "Waiting for your approval" }),
    ).toBeVisible();
    const pending = director.getByTestId("home-pending").getByRole("listitem").first();
    await expect(pending).toContainText("Cost plan");
    await expect(pending).toContainText(`submitted`);
    await expect(pending).toContainText(`by ${demoUser("manager2").name}`);
    await expect(director.getByTestId("home-overdue").getByRole("listitem").first()).toContainText(
      `${name}`,
    );
    await pending.getByRole("link", { name }).click();
    await expect(director).toHaveURL(new RegExp(`/accounts/${account!.id}/cost$`));

    // The owner waits on the director; the stage tiles open the list.
    const manager2 = await pageAs("manager2");
    await manager2.goto("/");
    await expect(
      manager2.getByRole("heading", { name: "Waiting for a director's decision" }),
    ).toBeVisible();
    await expect(manager2.getByTestId("home-pending").getByRole("link", { name })).toBeVisible();
    await expect(manager2.getByRole("heading", { name: "Your accounts by stage" })).toBeVisible();
    await manager2
      .getByTestId("home-stages")
      .getByRole("link", { name: /overdue accounts? in Cost plan$/ })
      .click();
    await expect(manager2).toHaveURL(/\/accounts\?stage=cost_plan&overdue=1&sort=longest$/);
    await expect(manager2.getByRole("link", { name })).toBeVisible();

    // Another manager sees neither.
    const manager = await pageAs("manager");
    await manager.goto("/");
    await expect(manager.getByRole("heading", { name: "Your accounts by stage" })).toBeVisible();
    await expect(manager.getByRole("link", { name })).toHaveCount(0);
    await expect(manager.getByTestId("home-unowned")).toHaveCount(0);
  });
});
