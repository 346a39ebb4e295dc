"use server";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { getFilingLimits } from "@/db/queries/activities";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { activities, stakeholders, users } from "@/db/schema";
import { onAccount, onRecordAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { changedFields } from "@/lib/actions/diff";
import { fieldError } from "@/lib/actions/errors";
import { filingDelayMinutes } from "@/lib/activities/filing";
import { zonedInstant } from "@/lib/calendar/zone";
import { worksOnAccounts } from "@/lib/policy";
import { ACTIVITY_TRIGGERS } from "@/lib/tasks/triggers";
import { createTriggeredTask, syncActivityFollowUp } from "@/lib/tasks/triggered";
import {
  activityFieldsSchema,
  createActivitySchema,
  splitLocalDateTime,
  updateActivitySchema,
} from "@/lib/validations/activity";

type Fields = ReturnType<typeof activityFieldsSchema.parse>;
const AUDITED = [
  "type",
  "occurredAt",
  "subject",
  "content",
  "outcome",
  "nextFollowUp",
  "contactIds",
  "participantIds",
] as const;

/**
 * Contacts must be customer-side stakeholders of this account; participants active
 * users who work on accounts. Anything else is an error beside its field.
 */
async function checkPeople(tx: Tx, accountId: string, fields: Fields) {
  const contactIds = [...new Set(fields.contactIds)];
  if (contactIds.length) {
    const found = await tx
      .select({ id: stakeholders.id })
      .from(stakeholders)
      .where(
        and(
          inArray(stakeholders.id, contactIds),
          eq(stakeholders.accountId, accountId),
          eq(stakeholders.side, "customer"),
        ),
      );
    if (found.length !== contactIds.length)
      throw fieldError("fields.contactIds", "contactNotOnAccount");
  }
  const participantIds = [...new Set(fields.participantIds)];
  if (participantIds.length) {
    const found = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(inArray(users.id, participantIds), eq(users.active, true)));
    if (found.filter(worksOnAccounts).length !== participantIds.length) {
      throw fieldError("fields.participantIds", "participantUnknown");
    }
  }
  return { contactIds, participantIds };
}

/**
 * The stored values: the wall time read in the organisation's time zone, and the
 * filing delay against the server's clock at `loggedAt`. An occurrence in the future
 * cannot have been logged yet.
 */
async function storedValues(tx: Tx, accountId: string, fields: Fields, loggedAt: Date) {
  const calendar = await getWorkingCalendar();
  const { date, minute } = splitLocalDateTime(fields.occurredAt);
  const occurredAt = zonedInstant(date, minute, calendar.timeZone);
  if (occurredAt.getTime() > loggedAt.getTime() + 60_000) {
    throw fieldError("fields.occurredAt", "occurredInFuture");
  }
  const people = await checkPeople(tx, accountId, fields);
  const limits = await getFilingLimits(tx);
  return {
    type: fields.type,
    occurredAt,
    subject: fields.subject,
    content: fields.content,
    outcome: fields.outcome,
    nextFollowUp: fields.nextFollowUp || null,
    ...people,
    filingDelayMinutes: filingDelayMinutes({
      type: fields.type,
      occurredAt,
      loggedAt,
      limits,
      calendar,
    }),
  };
}

const summary = (row: typeof activities.$inferSelect) => ({
  type: row.type,
  subject: row.subject,
  filingDelayMinutes: row.filingDelayMinutes,
});
const accountPath = (accountId: string) => [`/accounts/${accountId}`];

/**
 * The tasks an activity calls for: a return visit after a visit or reception
 * (once per activity), and a follow-up on its "next follow-up" date.
 */
async function activityTasks(tx: Tx, row: typeof activities.$inferSelect, actorId: string) {
  const trigger = ACTIVITY_TRIGGERS[row.type];
  if (trigger) {
    await createTriggeredTask(tx, trigger, {
      accountId: row.accountId,
      sourceId: row.id,
      at: row.occurredAt,
      actorId,
    });
  }
  await syncActivityFollowUp(tx, row, { at: row.loggedAt, actorId });
}

export const createActivityAction = authedAction({
  schema: createActivitySchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, user, audit }) => {
    const loggedAt = new Date();
    const values = await storedValues(tx, input.accountId, input.fields, loggedAt);
    const [created] = await tx
      .insert(activities)
      .values({ ...values, accountId: input.accountId, loggedAt, loggedById: user.id })
      .returning();
    await activityTasks(tx, created!, user.id);
    await audit({
      entity: "activity",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: summary(created!),
    });
    return {
      id: created!.id,
      accountId: input.accountId,
      filingDelayMinutes: created!.filingDelayMinutes,
    };
  },
  revalidate: (input) => accountPath(input.accountId),
});

export const updateActivityAction = authedAction({
  schema: updateActivitySchema,
  policy: onRecordAccount(activities, "account.update"),
  run: async ({ tx, input, user, audit }) => {
    const [current] = await tx
      .select({ accountId: activities.accountId, loggedAt: activities.loggedAt })
      .from(activities)
      .where(eq(activities.id, input.id));
    // The delay is measured from when the entry was first filed, not from this edit.
    const values = await storedValues(tx, current!.accountId, input.fields, current!.loggedAt);
    const { before, after } = await updateVersioned(
      tx,
      activities,
      input.id,
      input.version,
      values,
    );
    await activityTasks(tx, after, user.id);
    const diff = changedFields(before, after, AUDITED);
    await audit({
      entity: "activity",
      entityId: input.id,
      accountId: after.accountId,
      action: "update",
      before: { ...summary(before), ...diff.before },
      after: { ...summary(after), ...diff.after },
    });
    return {
      version: after.version,
      accountId: after.accountId,
      filingDelayMinutes: after.filingDelayMinutes,
    };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});
