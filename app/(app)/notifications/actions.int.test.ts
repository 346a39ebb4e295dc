import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listNotifications, unreadNotificationCount } from "@/db/queries/notifications";
import { auditLog, notifications } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { notify, notifyMany } from "@/lib/notifications/notify";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

async function twoUsers() {
  const zhang = await createUser("manager");
  const chen = await createUser("manager");
  await notify(db, {
    userIds: [zhang.id],
    kind: "jobFailed",
    params: { queue: "a" },
    link: "/accounts/1",
  });
  await notify(db, {
    userIds: [zhang.id],
    kind: "jobFailed",
    params: { queue: "b" },
    link: "/accounts/2",
  });
  await notify(db, {
    userIds: [chen.id],
    kind: "jobFailed",
    params: { queue: "c" },
    link: "/accounts/3",
  });
  const mine = async (userId: string) =>
    (await listNotifications({ userId })).rows.map((n) => [
      n.params.queue,
      n.readAt ? "read" : "unread",
    ]);
  return { zhang, chen, mine };
}

describe("notification centre", () => {
  test("each user sees and counts only their own notifications", async () => {
    const { zhang, chen, mine } = await twoUsers();
    expect(await mine(zhang.id)).toEqual([
      ["b", "unread"],
      ["a", "unread"],
    ]);
    expect(await mine(chen.id)).toEqual([["c", "unread"]]);
    expect(await unreadNotificationCount({ userId: zhang.id })).toBe(2);
    expect(await unreadNotificationCount({ userId: chen.id })).toBe(1);
  });

  test("notify with a dedupe key creates one notification however often it runs", async () => {
    const user = await createUser("manager");
    const input = {
      userIds: [user.id, user.id],
      kind: "jobFailed" as const,
      link: "/admin/jobs",
      dedupeKey: "reminder:task-1:day5",
    };
    expect(await notify(db, input)).toBe(1);
    expect(await notify(db, input)).toBe(0);
    expect(await unreadNotificationCount({ userId: user.id })).toBe(1);
    await expect(notify(db, { ...input, link: "https://evil.example" })).rejects.toThrow();
  });

  test("a user marks one of their own notifications read; the bell counts one less", async () => {
    const { zhang } = await twoUsers();
    signInAs(zhang.id);
    const [newest] = (await listNotifications({ userId: zhang.id })).rows;
    expect(await markNotificationReadAction({ id: newest!.id })).toEqual({
      ok: true,
      data: { id: newest!.id, marked: 1 },
    });
    expect(await unreadNotificationCount({ userId: zhang.id })).toBe(1);
    // Marking it again changes nothing.
    expect(await markNotificationReadAction({ id: newest!.id })).toMatchObject({
      ok: true,
      data: { marked: 0 },
    });
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "notification"))
      .orderBy(auditLog.id);
    expect(audits.map((a) => [a.actorId, a.action, a.after])).toEqual([
      [zhang.id, "markRead", { count: 1 }],
      [zhang.id, "markRead", { count: 0 }],
    ]);
  });

  test("someone else's notification does not exist for the caller and stays unread", async () => {
    const { zhang, chen, mine } = await twoUsers();
    const [chens] = (await listNotifications({ userId: chen.id })).rows;
    expect(await markNotificationReadAction({ id: chens!.id })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    for (const role of ["admin", "director", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await markNotificationReadAction({ id: chens!.id }), role).toMatchObject({
        ok: false,
        error: "not_found",
      });
    }
    signInAs(zhang.id);
    expect(await markNotificationReadAction({ id: chens!.id })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await mine(chen.id)).toEqual([["c", "unread"]]);
  });

  test("mark all read marks only the caller's own", async () => {
    const { zhang, chen, mine } = await twoUsers();
    expect(await markAllNotificationsReadAction({})).toMatchObject({ error: "unauthenticated" });
    signInAs(zhang.id);
    expect(await markAllNotificationsReadAction({})).toEqual({ ok: true, data: { marked: 2 } });
    expect(await mine(zhang.id)).toEqual([
      ["b", "read"],
      ["a", "read"],
    ]);
    expect(await mine(chen.id)).toEqual([["c", "unread"]]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, chen.id))).toEqual([
      expect.objectContaining({ readAt: null }),
    ]);
  });

  test("pages go back in time without repeating or skipping one", async () => {
    const user = await createUser("manager");
    // Two made one by one, three in one statement (as a sweep makes them): the three
    // share their time to the microsecond, which a page's cursor must not lose.
    for (const i of [0, 1]) {
      await notify(db, {
        userIds: [user.id],
        kind: "jobFailed",
        params: { queue: `q${i}` },
        link: "/",
      });
    }
    await notifyMany(
      db,
      [2, 3, 4].map((i) => ({
        userIds: [user.id],
        kind: "jobFailed" as const,
        params: { queue: `q${i}` },
        link: "/",
      })),
    );
    const all = (await listNotifications({ userId: user.id, limit: 10 })).rows;
    expect(all.map((n) => n.params.queue).sort()).toEqual(["q0", "q1", "q2", "q3", "q4"]);
    const first = await listNotifications({ userId: user.id, limit: 2 });
    const last = first.rows.at(-1)!;
    const second = await listNotifications({ userId: user.id, limit: 2, before: last });
    const third = await listNotifications({
      userId: user.id,
      limit: 2,
      before: second.rows.at(-1)!,
    });
    expect([...first.rows, ...second.rows, ...third.rows].map((n) => n.id)).toEqual(
      all.map((n) => n.id),
    );
    expect([first.more, second.more, third.more]).toEqual([true, true, false]);
  });
});
