"use server";
import { eq } from "drizzle-orm";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { firedStepIds, getLadder, getSlaBudget } from "@/db/queries/service-rules";
import { accounts, serviceRequests } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { changedFields } from "@/lib/actions/diff";
import { fieldError } from "@/lib/actions/errors";
import { checkCustomerContact } from "@/lib/actions/customer-contact";
import { onServiceRequest } from "@/lib/actions/service-policy";
import { zonedInstant } from "@/lib/calendar/zone";
import { canOwnAccounts } from "@/lib/policy";
import { clockColumns, clockOf } from "@/lib/service/clock-row";
import { rebudget, startClock } from "@/lib/service/sla";
import { splitLocalDateTime } from "@/lib/validations/activity";
import {
  createServiceRequestSchema,
  updateServiceRequestSchema,
  type ServiceFields,
} from "@/lib/validations/service";
import { auditSummary, servicePaths } from "./summary";

const AUDITED = [
  "subject",
  "product",
  "contactId",
  "channel",
  "type",
  "description",
  "resolution",
] as const;

const stored = (fields: ServiceFields, contactId: string | null) => ({
  subject: fields.subject,
  product: fields.product,
  contactId,
  channel: fields.channel,
  type: fields.type,
  description: fields.description,
  resolution: fields.resolution,
});

export const createServiceRequestAction = authedAction({
  schema: createServiceRequestSchema,
  policy: onAccount("service.work", "accountId"),
  run: async ({ tx, input, user, audit }) => {
    const now = new Date();
    const calendar = await getWorkingCalendar();
    const { date, minute } = splitLocalDateTime(input.receivedAt);
    const receivedAt = zonedInstant(date, minute, calendar.timeZone);
    if (receivedAt.getTime() > now.getTime() + 60_000) {
      throw fieldError("receivedAt", "receivedInFuture");
    }
    const contactId = await checkCustomerContact(tx, input.accountId, input.fields.contactId);
    const [account] = await tx
      .select({ ownerId: accounts.ownerId })
      .from(accounts)
      .where(eq(accounts.id, input.accountId));
    const budget = await getSlaBudget(tx, input.fields.type, input.priority);
    const clock = startClock(receivedAt, budget);
    const [created] = await tx
      .insert(serviceRequests)
      .values({
        ...stored(input.fields, contactId),
        accountId: input.accountId,
        receivedAt,
        priority: input.priority,
        ownerId: account?.ownerId ?? (canOwnAccounts(user) ? user.id : null),
        createdById: user.id,
        ...clockColumns(clock, null, await getLadder(tx), new Set(), calendar),
      })
      .returning();
    await audit({
      entity: "serviceRequest",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: auditSummary(created!),
    });
    return { id: created!.id, accountId: input.accountId };
  },
  revalidate: (_input, data) => servicePaths(data),
});

export const updateServiceRequestAction = authedAction({
  schema: updateServiceRequestSchema,
  policy: onServiceRequest("service.work"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.id, input.id));
    const contactId = await checkCustomerContact(tx, current!.accountId, input.fields.contactId);
    let clock = {};
    if (input.fields.type !== current!.type) {
      // Another type is another policy: the time used so far is kept (lib/service/sla.ts).
      const calendar = await getWorkingCalendar();
      const budget = await getSlaBudget(tx, input.fields.type, current!.priority);
      const next = rebudget(clockOf(current!), budget, new Date(), calendar);
      const fired = await firedStepIds(tx, input.id);
      clock = clockColumns(next, current!.firstRespondedAt, await getLadder(tx), fired, calendar);
    }
    const { before, after } = await updateVersioned(tx, serviceRequests, input.id, input.version, {
      ...stored(input.fields, contactId),
      ...clock,
    });
    const diff = changedFields(before, after, AUDITED);
    await audit({
      entity: "serviceRequest",
      entityId: input.id,
      accountId: after.accountId,
      action: "update",
      before: { ...auditSummary(before), ...diff.before },
      after: { ...auditSummary(after), ...diff.after },
    });
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  revalidate: (_input, data) => servicePaths(data),
});
