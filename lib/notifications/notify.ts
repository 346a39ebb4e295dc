import "server-only";
import { and, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { notifications } from "@/db/schema";
import type { NotificationKind, NotificationParams } from "./kinds";

export type NotifyInput = {
  /** One or more recipients; each gets their own row. */
  userIds: readonly string[];
  kind: NotificationKind;
  params?: NotificationParams;
  /** App path of the record the notification opens, e.g. `/accounts/<id>`. */
  link: string;
  /**
   * Same key, same recipient → one notification, however often a job runs
   * (e.g. `reminder:<taskId>:day5`).
   */
  dedupeKey?: string;
};

/**
 * The one way to create notifications, in the caller's transaction. Returns how
 * many were created (a repeat with the same `dedupeKey` creates none).
 */
export async function notify(tx: Tx | Db, input: NotifyInput): Promise<number> {
  return notifyMany(tx, [input]);
}

/**
 * `notify` for many notifications in one statement (a sweep over many records);
 * returns how many were created.
 */
export async function notifyMany(tx: Tx | Db, inputs: readonly NotifyInput[]): Promise<number> {
  const values = inputs.flatMap((input) => {
    if (!input.link.startsWith("/") || input.link.startsWith("//")) {
      throw new Error(`A notification links to an app path, not ${input.link}`);
    }
    return [...new Set(input.userIds)].map((userId) => ({
      userId,
      kind: input.kind,
      params: input.params ?? {},
      link: input.link,
      dedupeKey: input.dedupeKey ?? null,
    }));
  });
  if (values.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

/** Housekeeping: read notifications older than `before` go; unread ones stay. */
export async function purgeReadNotifications(tx: Tx | Db, before: Date): Promise<number> {
  const rows = await tx
    .delete(notifications)
    .where(and(isNotNull(notifications.readAt), lt(notifications.readAt, before)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * `notify()` for a whole set at once, as SQL for a job's statement: an insert of one
 * notification of `kind` per row of `rows` (columns `user_id`, `params` jsonb, `link`,
 * `dedupe_key`), skipping repeats of a dedupe key, returning the recipients. A sweep
 * puts it in a `with` beside the update that picked the rows, so picking and
 * notifying are one statement in one transaction, without a round trip per row.
 */
export function notifyRowsSql(kind: NotificationKind, rows: SQL): SQL {
  return sql`insert into ${notifications} (user_id, kind, params, link, dedupe_key)
    select r.user_id, ${kind}, r.params, r.link, r.dedupe_key from (${rows}) r
    where r.link like '/%' and r.link not like '//%'
    on conflict do nothing
    returning user_id`;
}
