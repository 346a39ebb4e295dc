"use server";
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import {
  markAllNotificationsReadSchema,
  markNotificationReadSchema,
} from "@/lib/validations/notifications";

/** Marks one of the caller's notifications read; someone else's does not exist for them. */
export const markNotificationReadAction = authedAction({
  schema: markNotificationReadSchema,
  policy: async ({ user, input, tx }) => {
    const [row] = await tx
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.id, input.id));
    return row?.userId === user.id ? true : "not_found";
  },
  run: async ({ tx, input, user, audit }) => {
    const [row] = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.id, input.id),
          eq(notifications.userId, user.id),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id, link: notifications.link });
    // Audited also when it was read already (count 0): the action ran, nothing changed.
    await audit({
      entity: "notification",
      entityId: input.id,
      action: "markRead",
      after: { count: row ? 1 : 0 },
    });
    return { id: input.id, marked: row ? 1 : 0 };
  },
  // The bell's count is in the shell: the client refreshes the page it is on.
  revalidate: () => ["/notifications"],
});

/** Marks all of the caller's unread notifications read (never anyone else's). */
export const markAllNotificationsReadAction = authedAction({
  schema: markAllNotificationsReadSchema,
  policy: () => true,
  run: async ({ tx, user, audit }) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await audit({
      entity: "notification",
      entityId: user.id,
      action: "markRead",
      after: { count: rows.length },
    });
    return { marked: rows.length };
  },
  revalidate: () => ["/notifications"],
});
