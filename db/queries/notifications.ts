import "server-only";
import { and, count, desc, eq, isNull, lt, or } from "drizzle-orm";
import { db } from "@/db";
import { notifications } from "@/db/schema";

export const NOTIFICATIONS_PAGE = 50;

/** How many of the caller's notifications are unread (the bell). */
export async function unreadNotificationCount({ userId }: { userId: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * The caller's notifications, newest first, a page at a time: `before` is the last
 * row of the previous page (keyset on created_at, id). Only ever the caller's own.
 */
export async function listNotifications({
  userId,
  before,
  limit = NOTIFICATIONS_PAGE,
}: {
  userId: string;
  before?: { createdAt: Date; id: string };
  limit?: number;
}) {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        before
          ? or(
              lt(notifications.createdAt, before.createdAt),
              and(eq(notifications.createdAt, before.createdAt), lt(notifications.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
