import { beforeEach, expect, test } from "vitest";
import { db } from "@/db";
import { notifications, outbox } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { runHousekeeping } from "./housekeeping";

beforeEach(truncateAll);

const DAY = 86_400_000;

test("housekeeping drops read notifications after 90 days and outbox mails after 180, nothing else", async () => {
  const now = new Date("2026-12-03T03:15:00+08:00");
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const user = await createUser("manager");
  const base = { userId: user.id, kind: "jobFailed", link: "/admin/jobs" };
  await db.insert(notifications).values([
    { ...base, params: { queue: "old read" }, createdAt: ago(120), readAt: ago(91) },
    { ...base, params: { queue: "recent read" }, createdAt: ago(120), readAt: ago(89) },
    { ...base, params: { queue: "old unread" }, createdAt: ago(400) },
  ]);
  await db.insert(outbox).values([
    { to: "a@x.example", subject: "old", text: "", createdAt: ago(181) },
    { to: "a@x.example", subject: "recent", text: "", createdAt: ago(179) },
  ]);

  expect(await runHousekeeping({}, { now })).toEqual({ notifications: 1, mails: 1 });
  const left = await db.select({ params: notifications.params }).from(notifications);
  expect(left.map((n) => n.params.queue).sort()).toEqual(["old unread", "recent read"]);
  expect((await db.select({ subject: outbox.subject }).from(outbox)).map((m) => m.subject)).toEqual(
    ["recent"],
  );
  // The clock is a parameter: a year later everything read or sent is gone.
  expect(await runHousekeeping({}, { now: new Date(now.getTime() + 365 * DAY) })).toEqual({
    notifications: 1,
    mails: 1,
  });
});
