"use server";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { firedStepIds, getLadder, getSlaBudget } from "@/db/queries/service-rules";
import { escalationLog, serviceRequests, users, type ServiceRequest } from "@/db/schema";
import { lockAccountForPolicy } from "@/db/queries/accounts";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { fieldError, refused } from "@/lib/actions/errors";
import { onServiceRequest } from "@/lib/actions/service-policy";
import { can, canAcknowledgeEscalation, canOwnAccounts } from "@/lib/policy";
import { clockColumns, clockOf } from "@/lib/service/clock-row";
import { rebudget, type SlaClock } from "@/lib/service/sla";
import { changeStatus } from "@/lib/service/transition";
import { createTriggeredTask } from "@/lib/tasks/triggered";
import {
  acknowledgeEscalationSchema,
  changeServicePrioritySchema,
  changeServiceStatusSchema,
  reassignServiceRequestSchema,
} from "@/lib/validations/service";
import { auditSummary, servicePaths } from "./summary";

const current = async (tx: Tx, id: string) =>
  (await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;

/** The stored clock columns for `clock`, with the ladder and the steps already fired. */
async function storedClock(
  tx: Tx,
  request: ServiceRequest,
  clock: SlaClock,
  respondedAt = request.firstRespondedAt,
) {
  const calendar = await getWorkingCalendar();
  const fired = await firedStepIds(tx, request.id);
  return clockColumns(clock, respondedAt, await getLadder(tx), fired, calendar);
}

export const changeServiceStatusAction = authedAction({
  schema: changeServiceStatusSchema,
  policy: onServiceRequest("service.work"),
  run: async ({ tx, input, user, audit }) => {
    const request = await current(tx, input.id);
    const now = new Date();
    const calendar = await getWorkingCalendar();
    const next = changeStatus({ ...request, clock: clockOf(request) }, input.status, now, calendar);
    if (!next) throw refused("service.errors.transition");
    const resolution = input.resolution || request.resolution;
    if (input.status === "resolved" && !resolution) {
      throw fieldError("resolution", "resolutionRequired");
    }
    const { before, after } = await updateVersioned(tx, serviceRequests, input.id, input.version, {
      status: next.status,
      resolution,
      firstRespondedAt: next.firstRespondedAt,
      resolvedAt: next.resolvedAt,
      closedAt: next.closedAt,
      ...(await storedClock(tx, request, next.clock, next.firstRespondedAt)),
    });
    await audit({
      entity: "serviceRequest",
      entityId: input.id,
      accountId: after.accountId,
      action: "changeStatus",
      before: auditSummary(before),
      after: auditSummary(after),
    });
    // Closing a complaint calls for a return visit (回访), once per complaint.
    if (after.status === "closed" && after.type === "complaint") {
      await createTriggeredTask(tx, "complaint_closed", {
        accountId: after.accountId,
        sourceId: after.id,
        at: now,
        actorId: user.id,
      });
    }
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  revalidate: (_input, data) => servicePaths(data),
});

export const changeServicePriorityAction = authedAction({
  schema: changeServicePrioritySchema,
  policy: onServiceRequest("service.work"),
  run: async ({ tx, input, audit }) => {
    const request = await current(tx, input.id);
    if (request.priority === input.priority) throw fieldError("priority", "unchanged");
    const calendar = await getWorkingCalendar();
    const budget = await getSlaBudget(tx, request.type, input.priority);
    // The time already used is kept; the deadlines follow from the new budget.
    const clock = rebudget(clockOf(request), budget, new Date(), calendar);
    const { before, after } = await updateVersioned(tx, serviceRequests, input.id, input.version, {
      priority: input.priority,
      ...(await storedClock(tx, request, clock)),
    });
    await audit({
      entity: "serviceRequest",
      entityId: input.id,
      accountId: after.accountId,
      action: "changePriority",
      before: { ...auditSummary(before), hours: before.slaResolutionHours },
      after: { ...auditSummary(after), hours: after.slaResolutionHours },
    });
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  revalidate: (_input, data) => servicePaths(data),
});

const nameOf = async (tx: Tx, id: string | null) =>
  id
    ? ((await tx.select({ name: users.name }).from(users).where(eq(users.id, id)))[0]?.name ?? "")
    : "";

export const reassignServiceRequestAction = authedAction({
  schema: reassignServiceRequestSchema,
  policy: onServiceRequest("service.reassign"),
  run: async ({ tx, input, audit }) => {
    const [target] = await tx
      .select({ id: users.id, role: users.role, name: users.name })
      .from(users)
      .where(and(eq(users.id, input.ownerId), eq(users.active, true)));
    if (!target || !canOwnAccounts(target)) throw fieldError("ownerId", "ownerNotManager");
    const { before, after } = await updateVersioned(tx, serviceRequests, input.id, input.version, {
      ownerId: target.id,
    });
    await audit({
      entity: "serviceRequest",
      entityId: input.id,
      accountId: after.accountId,
      action: "reassign",
      before: { ...auditSummary(before), owner: await nameOf(tx, before.ownerId) },
      after: { ...auditSummary(after), owner: target.name },
    });
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  revalidate: (_input, data) => servicePaths(data),
});

export const acknowledgeEscalationAction = authedAction({
  schema: acknowledgeEscalationSchema,
  policy: async ({ user, input, tx }) => {
    const [entry] = await tx
      .select({
        notified: escalationLog.notifiedUserIds,
        accountId: serviceRequests.accountId,
        requestOwnerId: serviceRequests.ownerId,
      })
      .from(escalationLog)
      .innerJoin(serviceRequests, eq(serviceRequests.id, escalationLog.requestId))
      .where(eq(escalationLog.id, input.id));
    if (!entry) return "not_found";
    const locked = await lockAccountForPolicy(tx, entry.accountId);
    if (!locked) return "not_found";
    const resource = {
      ownerId: locked.account.ownerId,
      teamMemberIds: locked.teamMemberIds,
      requestOwnerId: entry.requestOwnerId,
    };
    if (!can(user, "service.read", resource)) return "not_found";
    return canAcknowledgeEscalation(user, entry.notified);
  },
  run: async ({ tx, input, user, audit }) => {
    const [entry] = await tx
      .update(escalationLog)
      .set({ acknowledgedById: user.id, acknowledgedAt: new Date() })
      .where(and(eq(escalationLog.id, input.id), isNull(escalationLog.acknowledgedAt)))
      .returning();
    if (!entry) throw refused("service.errors.alreadyAcknowledged");
    const request = await current(tx, entry.requestId);
    await audit({
      entity: "escalation",
      entityId: entry.id,
      accountId: entry.accountId,
      action: "acknowledge",
      after: { subject: request.subject, target: entry.target },
    });
    return { id: request.id, accountId: entry.accountId };
  },
  revalidate: (_input, data) => servicePaths(data),
});
