"use server";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts, accountTeam, stakeholders, tasks, users, type Task } from "@/db/schema";
import { onAccount, onTask } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, fieldError } from "@/lib/actions/errors";
import { env } from "@/lib/env";
import { todayIn } from "@/lib/dates";
import { notifyTaskAssigned } from "@/lib/tasks/assigned";
import { worksOnAccounts } from "@/lib/policy";
import {
  cancelTaskSchema,
  completeReturnVisitSchema,
  completeTaskSchema,
  createFollowUpSchema,
  rescheduleTaskSchema,
} from "@/lib/validations/task";

const accountPath = (accountId: string) => [`/accounts/${accountId}`, "/"];
const summary = (task: Task) => ({
  kind: task.kind,
  title: task.title,
  triggerKey: task.triggerKey,
  dueDate: task.dueDate,
  assigneeId: task.assigneeId,
  status: task.status,
});

/** The task, which must still be open: a done or cancelled one is refused. */
async function openTask(tx: Tx, id: string) {
  const [task] = await tx.select().from(tasks).where(eq(tasks.id, id));
  if (!task) throw new ActionError("not_found", "common.errors.notFound");
  if (task.status !== "open") throw new ActionError("refused", "account.tasks.errors.notOpen");
  return task;
}

/** Owner or account-team member, active, who works on accounts. */
async function isOnTeam(tx: Tx, accountId: string, userId: string) {
  const [user] = await tx
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active || !worksOnAccounts(user)) return false;
  const [owner] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.ownerId, userId)));
  if (owner) return true;
  const [member] = await tx
    .select({ id: accountTeam.userId })
    .from(accountTeam)
    .where(and(eq(accountTeam.accountId, accountId), eq(accountTeam.userId, userId)));
  return !!member;
}

export const completeReturnVisitAction = authedAction({
  schema: completeReturnVisitSchema,
  policy: onTask("task.complete"),
  run: async ({ tx, input, user, audit }) => {
    const task = await openTask(tx, input.id);
    if (task.kind !== "return_visit") {
      throw new ActionError("refused", "account.tasks.errors.notReturnVisit");
    }
    const [contact] = await tx
      .select({ id: stakeholders.id })
      .from(stakeholders)
      .where(
        and(
          eq(stakeholders.id, input.fields.contactId),
          eq(stakeholders.accountId, task.accountId),
          eq(stakeholders.side, "customer"),
        ),
      );
    if (!contact) throw fieldError("fields.contactId", "contactNotOnAccount");
    const { after } = await updateVersioned(tx, tasks, input.id, input.version, {
      status: "done",
      method: input.fields.method,
      contactId: input.fields.contactId,
      satisfaction: input.fields.satisfaction,
      completionNotes: input.fields.notes,
      completedAt: new Date(),
      completedById: user.id,
    });
    await audit({
      entity: "task",
      entityId: task.id,
      accountId: task.accountId,
      action: "complete",
      before: summary(task),
      after: {
        ...summary(after),
        method: after.method,
        satisfaction: after.satisfaction,
        contactId: after.contactId,
      },
    });
    return { accountId: task.accountId, version: after.version };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});

export const completeTaskAction = authedAction({
  schema: completeTaskSchema,
  policy: onTask("task.complete"),
  run: async ({ tx, input, user, audit }) => {
    const task = await openTask(tx, input.id);
    // A return visit is completed with its outcome (method, contact, satisfaction).
    if (task.kind === "return_visit") {
      throw new ActionError("refused", "account.tasks.errors.needsOutcome");
    }
    const { after } = await updateVersioned(tx, tasks, input.id, input.version, {
      status: "done",
      completionNotes: input.fields.notes,
      completedAt: new Date(),
      completedById: user.id,
    });
    await audit({
      entity: "task",
      entityId: task.id,
      accountId: task.accountId,
      action: "complete",
      before: summary(task),
      after: summary(after),
    });
    return { accountId: task.accountId, version: after.version };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});

export const createFollowUpAction = authedAction({
  schema: createFollowUpSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, user, audit }) => {
    const { fields } = input;
    if (!(await isOnTeam(tx, input.accountId, fields.assigneeId))) {
      throw fieldError("fields.assigneeId", "assigneeNotOnTeam");
    }
    const now = new Date();
    if (fields.dueDate < todayIn(env.PCRM_TIME_ZONE, now)) {
      throw fieldError("fields.dueDate", "dueInPast");
    }
    const [created] = await tx
      .insert(tasks)
      .values({
        kind: "follow_up",
        accountId: input.accountId,
        assigneeId: fields.assigneeId,
        title: fields.title,
        notes: fields.notes,
        windowStart: now,
        windowEndsOn: fields.dueDate,
        dueDate: fields.dueDate,
        createdById: user.id,
      })
      .returning();
    await audit({
      entity: "task",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: summary(created!),
    });
    // Given to someone else: they hear of it in their bell.
    await notifyTaskAssigned(tx, created!, user);
    return { id: created!.id, accountId: input.accountId };
  },
  revalidate: (input) => accountPath(input.accountId),
});

export const rescheduleTaskAction = authedAction({
  schema: rescheduleTaskSchema,
  policy: onTask("account.update"),
  run: async ({ tx, input, audit }) => {
    const task = await openTask(tx, input.id);
    const { dueDate, reason } = input.fields;
    if (dueDate < todayIn(env.PCRM_TIME_ZONE, new Date()))
      throw fieldError("fields.dueDate", "dueInPast");
    if (dueDate === task.dueDate) throw fieldError("fields.dueDate", "sameDueDate");
    const { after } = await updateVersioned(tx, tasks, input.id, input.version, {
      dueDate,
      rescheduleReason: reason,
      rescheduleCount: task.rescheduleCount + 1,
      // A moved task is reminded and flagged overdue again for its new date.
      remindedAt: null,
      overdueNotifiedAt: null,
    });
    await audit({
      entity: "task",
      entityId: task.id,
      accountId: task.accountId,
      action: "reschedule",
      before: summary(task),
      after: { ...summary(after), reason },
    });
    return { accountId: task.accountId, version: after.version };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});

export const cancelTaskAction = authedAction({
  schema: cancelTaskSchema,
  policy: onTask("account.update"),
  run: async ({ tx, input, audit }) => {
    const task = await openTask(tx, input.id);
    const { after } = await updateVersioned(tx, tasks, input.id, input.version, {
      status: "cancelled",
    });
    await audit({
      entity: "task",
      entityId: task.id,
      accountId: task.accountId,
      action: "cancel",
      before: summary(task),
      after: { ...summary(after), reason: input.fields.reason },
    });
    return { accountId: task.accountId, version: after.version };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});
