import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { getTriggerSetting } from "@/db/queries/tasks";
import { accounts, tasks, type Task } from "@/db/schema";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { env } from "@/lib/env";
import type { IsoDate } from "@/lib/dates";
import { triggeredWindow } from "./rules";
import { ACTIVITY_FOLLOW_UP } from "./types";

const auditSummary = (task: Task) => ({
  kind: task.kind,
  title: task.title,
  triggerKey: task.triggerKey,
  dueDate: task.dueDate,
  assigneeId: task.assigneeId,
});

async function ownerOf(tx: Tx, accountId: string) {
  const [row] = await tx
    .select({ ownerId: accounts.ownerId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.ownerId ?? null;
}

/**
 * Creates the return visit (回访) a trigger calls for: assigned to the account's
 * owner, due `windowDays` after `at` (lib/tasks/rules.ts), in the caller's
 * transaction. Idempotent on (trigger, source): the same event twice makes one
 * task. Returns the new task, or null when the trigger is switched off or the task
 * already exists. Later features call it, e.g.
 * `createTriggeredTask(tx, "complaint_closed", { accountId, sourceId: complaint.id, at: closedAt })`.
 */
export async function createTriggeredTask(
  tx: Tx,
  triggerKey: string,
  {
    accountId,
    sourceId,
    at,
    actorId = null,
  }: { accountId: string; sourceId: string; at: Date; actorId?: string | null },
): Promise<Task | null> {
  const setting = await getTriggerSetting(tx, triggerKey);
  if (!setting.enabled) return null;
  const window = triggeredWindow({
    at,
    windowDays: setting.windowDays,
    timeZone: env.PCRM_TIME_ZONE,
  });
  const [created] = await tx
    .insert(tasks)
    .values({
      kind: "return_visit",
      accountId,
      assigneeId: (await ownerOf(tx, accountId)) ?? actorId,
      windowStart: window.windowStart,
      windowEndsOn: window.dueDate,
      dueDate: window.dueDate,
      triggerKey,
      sourceId,
      createdById: actorId,
    })
    .onConflictDoNothing({ target: [tasks.triggerKey, tasks.sourceId] })
    .returning();
  if (!created) return null;
  const audit = (entry: AuditEntry) => writeAudit(tx, actorId, entry);
  await audit({
    entity: "task",
    entityId: created.id,
    accountId,
    action: "create",
    after: auditSummary(created),
  });
  return created;
}

/**
 * Keeps an activity's "next follow-up" date and its follow-up task in step: a date
 * creates a follow-up for the account's owner (or moves the open one, or reopens a
 * cancelled one), clearing the date cancels the open one. A done follow-up stays done.
 */
export async function syncActivityFollowUp(
  tx: Tx,
  activity: { id: string; accountId: string; nextFollowUp: IsoDate | null; subject: string },
  { at, actorId }: { at: Date; actorId: string },
): Promise<void> {
  const [existing] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.triggerKey, ACTIVITY_FOLLOW_UP), eq(tasks.sourceId, activity.id)))
    .for("update");
  const audit = (entry: AuditEntry) => writeAudit(tx, actorId, entry);
  const due = activity.nextFollowUp;
  if (!existing) {
    if (!due) return;
    const [created] = await tx
      .insert(tasks)
      .values({
        kind: "follow_up",
        accountId: activity.accountId,
        assigneeId: (await ownerOf(tx, activity.accountId)) ?? actorId,
        title: activity.subject,
        windowStart: at,
        windowEndsOn: due,
        dueDate: due,
        triggerKey: ACTIVITY_FOLLOW_UP,
        sourceId: activity.id,
        createdById: actorId,
      })
      .returning();
    await audit({
      entity: "task",
      entityId: created!.id,
      accountId: activity.accountId,
      action: "create",
      after: auditSummary(created!),
    });
    return;
  }
  if (existing.status === "done") return;
  const next =
    due === null
      ? existing.status === "open"
        ? { status: "cancelled" as const }
        : null
      : existing.status === "cancelled" || existing.dueDate !== due
        ? {
            status: "open" as const,
            dueDate: due,
            windowEndsOn: due,
            // A new due day re-arms the reminder and the overdue notice.
            remindedAt: null,
            overdueNotifiedAt: null,
          }
        : null;
  if (!next) return;
  const [after] = await tx
    .update(tasks)
    .set({ ...next, version: sql`${tasks.version} + 1` })
    .where(eq(tasks.id, existing.id))
    .returning();
  await audit({
    entity: "task",
    entityId: existing.id,
    accountId: existing.accountId,
    action: next.status === "cancelled" ? "cancel" : "reschedule",
    before: { status: existing.status, dueDate: existing.dueDate },
    after: { status: after!.status, dueDate: after!.dueDate, fromActivity: true },
  });
}
