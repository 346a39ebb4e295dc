import { demoUser, expect, test } from "./fixtures";

const REQUEST_URL = /\/service\/([0-9a-f-]{36})$/;

test("a complaint is logged, goes overdue, escalates to the director's bell, is resolved and closed with its return visit", async ({
  pageAs,
  sql,
}) => {
  test.setTimeout(180_000);
  const subject = `涂层起泡投诉 ${String(Date.now()).slice(-6)}`;
  const [account] = await sql<{ id: string; name: string }[]>`
    select a.id, a.name from accounts a join users u on u.id = a.owner_id
    where u.email = ${demoUser("manager").email} and a.archived_at is null
    order by a.name limit 1`;

  // The manager logs an urgent complaint from the account's Service tab.
  const manager = await pageAs("manager");
  await manager.goto(`/accounts/${account!.id}`);
  await manager.getByRole("tab", { name: "Service" }).click();
  await expect(manager).toHaveURL(`/accounts/${account!.id}?tab=service`);
  await manager.getByRole("link", { name: "Log a request" }).click();
  const form = manager.getByRole("form", { name: "Log a service request" });
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Type").selectOption("complaint");
  await form.getByLabel("Priority").selectOption("urgent");
  await form.getByLabel("Description").fill("第二批货涂层起泡");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(manager).toHaveURL(REQUEST_URL, { timeout: 30_000 });
  const id = REQUEST_URL.exec(manager.url())![1]!;
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(manager.getByTestId("sla-Resolution")).toContainText("4 working h");

  // Time moves on: the request was received 30 days ago and its next step is due now.
  await sql`
    update service_requests set
      received_at = received_at - interval '30 days',
      sla_running_since = sla_running_since - interval '30 days',
      first_response_due_at = first_response_due_at - interval '30 days',
      resolution_due_at = resolution_due_at - interval '30 days',
      next_escalation_at = now() - interval '1 minute'
    where id = ${id}`;
  await manager.reload();
  await expect(manager.getByTestId("sla-Resolution")).toContainText("Breached by");

  // The sweep runs (an admin's "Run now"; the schedule would do the same).
  const admin = await pageAs("admin");
  await admin.goto("/admin/jobs");
  await admin.getByRole("button", { name: "Run the service-escalation job now" }).click();
  await expect
    .poll(
      async () =>
        (
          await sql<{ step: string }[]>`
            select clock || ':' || target as step from escalation_log where request_id = ${id}`
        )
          .map((r) => r.step)
          .sort(),
      { timeout: 60_000 },
    )
    // Never answered: the first-response step fired too.
    .toEqual(
      [
        "first_response:director",
        "resolution:owner",
        "resolution:director",
        "resolution:executive",
      ].sort(),
    );

  // The director sees it in the bell, opens it and acknowledges their step.
  const director = await pageAs("director");
  await director.goto("/");
  await director.getByTestId("notification-bell").click();
  await director
    .getByRole("link", { name: `Service request escalated to the sales director: ${subject}` })
    .click();
  await expect(director).toHaveURL(`/service/${id}`, { timeout: 30_000 });
  const step = director
    .getByTestId("escalation")
    .filter({ hasText: "Sales director" })
    .filter({ hasText: "Resolution" });
  await step.getByRole("button", { name: "Acknowledge" }).click();
  await expect(step).toContainText(`Acknowledged by ${demoUser("director").name}`);

  // The manager resolves and closes it; closing a complaint makes its return visit.
  await manager.reload();
  await manager.getByRole("button", { name: "Resolve" }).click();
  await expect(manager.getByText("Describe the resolution.")).toBeVisible();
  await manager.getByLabel("Resolution").fill("更换批次并上门复涂");
  await manager.getByRole("button", { name: "Resolve" }).click();
  await expect(manager.getByRole("button", { name: "Close", exact: true })).toBeVisible();
  await manager.getByRole("button", { name: "Close", exact: true }).click();
  // Closed: only Reopen is left ("Reopen" shows while resolved too, so wait for Close to go).
  await expect(manager.getByRole("button", { name: "Close", exact: true })).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await sql<{ status: string }[]>`select status from service_requests where id = ${id}`)[0]!
          .status,
    )
    .toBe("closed");
  const visits = await sql`
    select kind from tasks where trigger_key = 'complaint_closed' and source_id = ${id}`;
  expect(visits.map((v) => v.kind)).toEqual(["return_visit"]);

  // 中文: the service list finds it by its subject.
  await director
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL(director.url()).origin }]);
  await director.goto(`/service?q=${encodeURIComponent(subject)}`);
  await expect(director.getByRole("heading", { level: 1, name: "服务反馈" })).toBeVisible();
  const row = director.getByTestId("service-row").filter({ hasText: subject });
  await expect(row).toContainText("投诉");
  await expect(row).toContainText("已关闭");
});
