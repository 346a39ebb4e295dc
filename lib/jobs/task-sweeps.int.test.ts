import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, notifications, outbox, tasks, users } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { runTaskOverdue, runTaskReminders } from "./task-sweeps";

/** Wall time in Asia/Shanghai (the test zone) as an instant: the job's clock. */
const at = (local: string) => ({ now: new Date(`${local}+08:00`) });

let manager: { id: string; email: string };
let accountId: string;

async function task(overrides: Partial<typeof tasks.$inferInsert> = {}) {
  const [row] = await db
    .insert(tasks)
    .values({
      kind: "return_visit",
      accountId,
      assigneeId: manager.id,
      // Triggered Monday 2 March 2026: due the next Monday, reminded from Saturday (day 5).
      windowStart: new Date("2026-03-02T10:00:00+08:00"),
      windowEndsOn: "2026-03-09",
      dueDate: "2026-03-09",
      ...overrides,
    })
    .returning();
  return row!;
}

const notes = () => db.select().from(notifications).orderBy(notifications.createdAt);
const mails = () => db.select().from(outbox);

beforeEach(async () => {
  await truncateAll();
  manager = await createUser("manager");
  const [account] = await db
    .insert(accounts)
    .values({ code: "i010101", name: "上海华东涂料有限公司", ownerId: manager.id })
    .returning();
  accountId = account!.id;
});

describe("reminder sweep", () => {
  test("reminds nobody before day 5, the assignee once from day 5, with a link to the Tasks tab and a mail", async () => {
    const visit = await task();
    expect(await runTaskReminders({}, at("2026-03-06T23:59:00"))).toEqual({
      notified: 0,
      mails: 0,
    });
    expect(await notes()).toHaveLength(0);

    expect(await runTaskReminders({}, at("2026-03-07T08:00:00"))).toEqual({
      notified: 1,
      mails: 1,
    });
    const [note] = await notes();
    expect(note).toMatchObject({
      userId: manager.id,
      kind: "taskReminder",
      params: { taskKind: "return_visit", account: "上海华东涂料有限公司", due: "2026-03-09" },
      link: `/accounts/${accountId}?tab=tasks`,
    });
    const [mail] = await mails();
    expect(mail).toMatchObject({ to: manager.email, status: "unsent" });
    expect(mail!.text).toContain("回访 · 上海华东涂料有限公司 · 2026-03-09");
    const [stamped] = await db.select().from(tasks).where(eq(tasks.id, visit.id));
    expect(stamped!.remindedAt).toEqual(new Date("2026-03-07T08:00:00+08:00"));

    // Later runs, on the due day too, remind no more.
    await runTaskReminders({}, at("2026-03-08T08:00:00"));
    await runTaskReminders({}, at("2026-03-09T08:00:00"));
    expect(await notes()).toHaveLength(1);
    expect(await mails()).toHaveLength(1);
  });

  test("a follow-up is reminded two days before it is due; unassigned, done and cancelled tasks never", async () => {
    await task({
      kind: "follow_up",
      title: "报价",
      dueDate: "2026-03-09",
      windowEndsOn: "2026-03-09",
    });
    await task({ status: "done", completedAt: new Date("2026-03-05T10:00:00+08:00") });
    await task({ status: "cancelled" });
    await task({ assigneeId: null });
    await runTaskReminders({}, at("2026-03-07T08:00:00"));
    await runTaskOverdue({}, at("2026-03-12T08:00:00"));
    expect((await notes()).map((n) => [n.kind, n.params.taskKind])).toEqual([
      ["taskReminder", "follow_up"],
      ["taskOverdue", "follow_up"],
    ]);
  });

  test("two sweeps at once remind each of 300 tasks exactly once and mail each assignee once", async () => {
    const other = await createUser("manager");
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) {
      ids.push((await task({ assigneeId: i % 2 ? manager.id : other.id })).id);
    }
    const clock = at("2026-03-08T09:00:00");
    const [a, b] = await Promise.all([runTaskReminders({}, clock), runTaskReminders({}, clock)]);
    expect(a.notified + b.notified).toBe(300);
    const rows = await notes();
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((n) => n.dedupeKey)).size).toBe(300);
    expect((await mails()).map((m) => m.to).sort()).toEqual([manager.email, other.email].sort());
    const digest = (await mails()).find((m) => m.to === manager.email)!;
    expect(digest.subject).toContain("150");
  });
});

test("a run goes on chunk after chunk: 25 overdue tasks in chunks of 10, one digest mail", async () => {
  for (let i = 0; i < 25; i++) await task();
  expect(await runTaskOverdue({ chunk: 10 }, at("2026-03-15T09:00:00"))).toEqual({
    notified: 25,
    mails: 1,
  });
  expect(await notes()).toHaveLength(25);
  const [mail] = await mails();
  expect(mail!.subject).toContain("25");
  expect(mail!.text.split("\n").filter((l) => l.startsWith("- 回访"))).toHaveLength(20);
  expect(mail!.text).toContain("另有 5 项");
});

test("a full chunk whose assignees are all inactive does not end the run", async () => {
  const gone = await createUser("manager");
  await db.update(users).set({ active: false }).where(eq(users.id, gone.id));
  // The first chunk (oldest due first) is all the inactive manager's tasks.
  for (let i = 0; i < 10; i++)
    await task({ assigneeId: gone.id, windowEndsOn: "2026-03-05", dueDate: "2026-03-05" });
  for (let i = 0; i < 5; i++) await task();
  expect(await runTaskOverdue({ chunk: 10 }, at("2026-03-15T09:00:00"))).toEqual({
    notified: 5,
    mails: 1,
  });
});

describe("overdue sweep", () => {
  test("not on the due day; once the day after, to the assignee; never after completion", async () => {
    const visit = await task();
    await runTaskOverdue({}, at("2026-03-09T23:30:00"));
    expect(await notes()).toHaveLength(0);

    await runTaskOverdue({}, at("2026-03-10T00:30:00"));
    await runTaskOverdue({}, at("2026-03-11T00:30:00"));
    expect((await notes()).map((n) => [n.userId, n.kind, n.params.due, n.link])).toEqual([
      [manager.id, "taskOverdue", "2026-03-09", `/accounts/${accountId}?tab=tasks`],
    ]);

    const late = await task({ dueDate: "2026-03-10", windowEndsOn: "2026-03-10" });
    await db
      .update(tasks)
      .set({ status: "done", completedAt: new Date("2026-03-10T18:00:00+08:00") })
      .where(eq(tasks.id, late.id));
    await runTaskOverdue({}, at("2026-03-12T00:30:00"));
    expect(await notes()).toHaveLength(1);
    expect(visit.id).not.toBe(late.id);
  });

  test("two overdue sweeps at once notify each task once", async () => {
    for (let i = 0; i < 50; i++) await task();
    const clock = at("2026-03-15T09:00:00");
    await Promise.all([runTaskOverdue({}, clock), runTaskOverdue({}, clock)]);
    expect(await notes()).toHaveLength(50);
    expect(await mails()).toHaveLength(1);
  });
});
