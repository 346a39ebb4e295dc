import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, activities, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { agendaWeek } from "@/lib/agenda/week";
import { myAgendaTasks, myQuarterCoverage, myWeek } from "./home-agenda";

const today = "2026-03-04"; // a Wednesday
type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let colleague: User;
let director: User;
let mine: string;
let theirs: string;

async function account(name: string, ownerId: string) {
  const [row] = await db
    .insert(accounts)
    .values({ code: `c${Math.random().toString(36).slice(2, 8)}`, name, ownerId })
    .returning();
  return row!.id;
}

async function task(
  name: string,
  assigneeId: string,
  accountId: string,
  dueDate: string,
  extra: Partial<typeof tasks.$inferInsert> = {},
) {
  await db.insert(tasks).values({
    kind: "return_visit",
    title: name,
    accountId,
    assigneeId,
    windowStart: new Date(`${dueDate}T10:00:00+08:00`),
    windowEndsOn: dueDate,
    dueDate,
    ...extra,
  });
}
const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

beforeEach(async () => {
  await truncateAll();
  manager = await createUser("manager");
  colleague = await createUser("manager");
  director = await createUser("director");
  mine = await account("Mine Co", manager.id);
  theirs = await account("Theirs Co", colleague.id);
});

describe("my agenda", () => {
  test("lists my open tasks overdue, today and in the next 7 days, on accounts I see", async () => {
    await task("late", manager.id, mine, "2026-03-02");
    await task("now", manager.id, mine, today);
    await task("soon", manager.id, mine, "2026-03-11");
    await task("too far", manager.id, mine, "2026-03-12");
    await task("finished", manager.id, mine, today, { status: "done" });
    await task("cancelled", manager.id, mine, today, { status: "cancelled" });
    await task("colleague's", colleague.id, mine, today);
    // Assigned to me on an account I do not see: not on my agenda.
    await task("hidden", manager.id, theirs, today);
    const agenda = await myAgendaTasks({ actor: manager, today });
    expect(titles(agenda.overdue)).toEqual(["late"]);
    expect(agenda.overdueTotal).toBe(1);
    expect(titles(agenda.soon)).toEqual(["now", "soon"]);
    expect(agenda.soon[0]).toMatchObject({ accountId: mine, accountName: "Mine Co" });
  });

  test("a director sees the tasks assigned to them, on any account, and not their managers'", async () => {
    await task("director's", director.id, theirs, today);
    await task("manager's", manager.id, mine, today);
    const agenda = await myAgendaTasks({ actor: director, today });
    expect(titles(agenda.soon)).toEqual(["director's"]);
    expect(titles((await myAgendaTasks({ actor: colleague, today })).soon)).toEqual([]);
  });

  test("coverage this quarter: completed within the window ÷ triggered", async () => {
    const done = (at: string) => ({ status: "done" as const, completedAt: new Date(at) });
    await task("in time", manager.id, mine, "2026-03-02", done("2026-03-02T15:00:00+08:00"));
    await task("late", manager.id, mine, "2026-03-02", done("2026-03-03T09:00:00+08:00"));
    await task("open", manager.id, mine, "2026-03-09");
    await task("last quarter", manager.id, mine, "2025-12-20", done("2025-12-20T15:00:00+08:00"));
    await task("follow-up", manager.id, mine, "2026-03-02", { kind: "follow_up" });
    await task("colleague's", colleague.id, theirs, "2026-03-02");
    expect(await myQuarterCoverage({ actor: manager, today })).toMatchObject({
      triggered: 3,
      completedInWindow: 1,
      pending: 1,
      missed: 1,
      coverage: 1 / 3,
    });
    expect(await myQuarterCoverage({ actor: director, today })).toMatchObject({
      triggered: 0,
      coverage: null,
    });
  });

  test("the week: my activities (logged or taking part) and my tasks due Monday–Sunday", async () => {
    const week = agendaWeek(today, today);
    const log = (subject: string, at: string, extra: Partial<typeof activities.$inferInsert>) =>
      db.insert(activities).values({
        accountId: mine,
        type: "call",
        subject,
        occurredAt: new Date(`${at}+08:00`),
        ...extra,
      });
    await log("Monday call", "2026-03-02T00:30:00", { loggedById: manager.id });
    await log("joined", "2026-03-08T23:30:00", {
      loggedById: colleague.id,
      participantIds: [manager.id],
    });
    await log("next week", "2026-03-09T00:30:00", { loggedById: manager.id });
    await log("colleague's", "2026-03-03T10:00:00", { loggedById: colleague.id });
    await task("sunday", manager.id, mine, "2026-03-08");
    await task("done", manager.id, mine, "2026-03-02", { status: "done" });
    await task("next week", manager.id, mine, "2026-03-09");
    const result = await myWeek({ actor: manager, week });
    expect(result.activities.map((a) => a.subject)).toEqual(["Monday call", "joined"]);
    expect(titles(result.tasks)).toEqual(["done", "sunday"]);
    // The colleague does not see my account: my activity there is not in their week.
    const theirWeek = await myWeek({ actor: colleague, week });
    expect(theirWeek.activities.map((a) => a.subject)).toEqual([]);
  });
});
