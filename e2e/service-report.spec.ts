import { demoUser, expect, test } from "./fixtures";

test("the printable service report shows the period and who printed it, and prints without its controls", async ({
  pageAs,
  sql,
}) => {
  const subject = `报告测试投诉 ${String(Date.now()).slice(-6)}`;
  const [account] = await sql<{ id: string; name: string }[]>`
    select a.id, a.name from accounts a join users u on u.id = a.owner_id
    where u.email = ${demoUser("manager").email} and a.archived_at is null
    order by a.name limit 1`;
  // A complaint received on 10 March 2025, answered and resolved within its limits.
  await sql`
    insert into service_requests (account_id, subject, received_at, channel, type, status,
      sla_first_response_hours, sla_resolution_hours, sla_used_seconds, first_response_due_at,
      first_responded_at, resolved_at, owner_id)
    select ${account!.id}, ${subject}, '2025-03-10T02:00:00Z', 'phone', 'complaint', 'resolved',
      4, 16, 3600, '2025-03-10T06:00:00Z', '2025-03-10T03:00:00Z', '2025-03-10T04:00:00Z', a.owner_id
    from accounts a where a.id = ${account!.id}`;

  const manager = await pageAs("manager");
  await manager.goto(`/accounts/${account!.id}?tab=service`);
  await manager.getByRole("link", { name: "Print service report" }).click();
  await expect(manager).toHaveURL(`/accounts/${account!.id}/service-report`);
  await expect(manager.getByRole("heading", { level: 1, name: "Service report" })).toBeVisible();

  // The period is chosen on screen; the report says which period it covers.
  const period = manager.getByRole("form", { name: "Report period" });
  await period.getByLabel("From").fill("2025-03-01");
  await period.getByLabel("To").fill("2025-03-31");
  await period.getByRole("button", { name: "Show" }).click();
  await expect(manager).toHaveURL(/[?&]from=2025-03-01&to=2025-03-31$/);
  await expect(manager.getByTestId("report-filters")).toHaveText(
    "Period: 2025-03-01 to 2025-03-31",
  );
  await expect(manager.getByText(`${account!.name}`).first()).toBeVisible();
  await expect(manager.getByRole("cell", { name: subject })).toBeVisible();
  const printButton = manager.getByRole("button", { name: "Print" });
  await expect(printButton).toBeVisible();

  // On paper: no print button, back link or period form; who printed it, and the period.
  await manager.emulateMedia({ media: "print" });
  await expect(printButton).toBeHidden();
  await expect(manager.getByRole("link", { name: /Back/ })).toBeHidden();
  await expect(period).toBeHidden();
  await expect(manager.getByTestId("report-printed")).toHaveText(/^Printed .+ by 张伟$/);
  await expect(manager.getByTestId("report-filters")).toBeVisible();
  await expect(manager.getByRole("cell", { name: subject })).toBeVisible();
});
