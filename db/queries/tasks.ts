import "server-only";
import { aliasedTable, and, desc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { accounts, returnVisitTriggers, stakeholders, tasks, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { RETURN_VISIT_TRIGGERS } from "@/lib/tasks/types";
import { triggerSetting, type TriggerSetting } from "@/lib/tasks/triggers";
import { visibleAccounts } from "./visibility";

/** One trigger's window and on/off: the saved row or the default. */
export async function getTriggerSetting(tx: Tx | typeof db, key: string): Promise<TriggerSetting> {
  const rows = await tx.select().from(returnVisitTriggers).where(eq(returnVisitTriggers.key, key));
  return triggerSetting(key, rows);
}

/** Every known trigger with its setting, for the admin page. */
export async function listTriggerSettings(): Promise<TriggerSetting[]> {
  const rows = await db.select().from(returnVisitTriggers);
  return RETURN_VISIT_TRIGGERS.map((key) => triggerSetting(key, rows));
}

/** Most tasks one account page lists at once. */
export const TASK_PAGE = 200;

/**
 * An account's return visits and follow-ups — open ones first by due date, then
 * done and cancelled ones newest first — with the names the list shows, if the
 * caller sees the account.
 */
export async function listAccountTasks({
  actor,
  accountId,
  limit = TASK_PAGE,
}: {
  actor: Actor;
  accountId: string;
  limit?: number;
}) {
  const assignee = aliasedTable(users, "assignee");
  const completer = aliasedTable(users, "completer");
  return db
    .select({
      task: tasks,
      assigneeName: assignee.name,
      completedByName: completer.name,
      contactName: stakeholders.name,
    })
    .from(tasks)
    .innerJoin(accounts, eq(accounts.id, tasks.accountId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(completer, eq(completer.id, tasks.completedById))
    .leftJoin(stakeholders, eq(stakeholders.id, tasks.contactId))
    .where(and(eq(tasks.accountId, accountId), visibleAccounts(actor)))
    .orderBy(
      sql`case when ${tasks.status} = 'open' then 0 else 1 end`,
      sql`case when ${tasks.status} = 'open' then ${tasks.dueDate} end asc`,
      desc(sql`coalesce(${tasks.completedAt}, ${tasks.updatedAt})`),
      desc(tasks.id),
    )
    .limit(limit);
}
export type AccountTaskRow = Awaited<ReturnType<typeof listAccountTasks>>[number];
