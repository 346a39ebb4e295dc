import { demoUser, expect, test } from "./fixtures";

test("a notification appears in the bell and opens its record, which marks it read", async ({
  pageAs,
  sql,
}) => {
  const [account] = await sql<{ id: string; name: string }[]>`
    select a.id, a.name from accounts a join users u on u.id = a.owner_id
    where u.email = ${demoUser("manager").email} order by a.name limit 1`;
  const [owner] = await sql<{ id: string }[]>`
    select id from users where email = ${demoUser("manager").email}`;
  const queue = `e2e-${Date.now()}`;
  const [created] = await sql<{ id: string }[]>`
    insert into notifications (user_id, kind, params, link)
    values (${owner!.id}, 'jobFailed', ${sql.json({ queue })}, ${`/accounts/${account!.id}`})
    returning id`;

  const page = await pageAs("manager");
  await page.goto("/");
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  const unreadBefore = Number(await page.getByTestId("notification-count").textContent());
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByTestId("notification").filter({ hasText: queue });
  await expect(item).toHaveAttribute("data-unread", "true");

  await item.getByRole("link", { name: `A background job failed: ${queue}` }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account!.id}$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(account!.name);
  const [row] = await sql<{ read_at: Date | null }[]>`
    select read_at from notifications where id = ${created!.id}`;
  expect(row!.read_at).not.toBeNull();
  // The bell counts one less, and the list shows it read.
  if (unreadBefore > 1) {
    await expect(page.getByTestId("notification-count")).toHaveText(String(unreadBefore - 1));
  } else {
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
  }
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").filter({ hasText: queue })).toHaveAttribute(
    "data-unread",
    "false",
  );
});

test("a user sees only their own notifications", async ({ pageAs, sql }) => {
  const [director] = await sql<{ id: string }[]>`
    select id from users where email = ${demoUser("director").email}`;
  const queue = `e2e-private-${Date.now()}`;
  await sql`insert into notifications (user_id, kind, params, link)
    values (${director!.id}, 'jobFailed', ${sql.json({ queue })}, '/')`;
  const manager = await pageAs("manager");
  await manager.goto("/notifications");
  await expect(manager.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(manager.getByText(queue)).toHaveCount(0);
  const director2 = await pageAs("director");
  await director2.goto("/notifications");
  await expect(director2.getByText(queue)).toBeVisible();
});
