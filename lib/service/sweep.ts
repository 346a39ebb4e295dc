import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { getLadder } from "@/db/queries/service-rules";
import { escalationLog, serviceRequests, users } from "@/db/schema";
import type { JobContext, JobDefinition } from "@/lib/jobs/registry";
import { sendMail, type Mail } from "@/lib/mail/send";
import { notifyMany } from "@/lib/notifications/notify";
import { ESCALATION_ROLES, receivesEscalationAs } from "@/lib/policy";
import { clockOf } from "./clock-row";
import { dueStepsWithUse, nextEscalationAt } from "./escalation";
import { OPEN_STATUSES, type EscalationTarget } from "./types";

/** Requests looked at per transaction. */
const BATCH = 2000;

/** Active users of the roles a step escalates to (owner steps go to the request's owner). */
async function recipientsByRole() {
  const rows = await db
    .select({ id: users.id, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...ESCALATION_ROLES])));
  return {
    director: rows.filter((r) => receivesEscalationAs(r, "director")),
    executive: rows.filter((r) => receivesEscalationAs(r, "executive")),
  };
}

/** Most requests one digest mail lists by name. */
const DIGEST_LINES = 20;

/**
 * One mail per person per sweep, listing the requests escalated to them (a sweep
 * after an outage may fire hundreds; nobody wants hundreds of mails).
 */
function digest(to: string, items: { subject: string; id: string }[]): Mail {
  const lines = items.slice(0, DIGEST_LINES).map((i) => `- ${i.subject}  /service/${i.id}`);
  if (items.length > DIGEST_LINES) lines.push(`… +${items.length - DIGEST_LINES}`);
  return {
    to,
    subject: `服务反馈升级 / Service requests escalated (${items.length})`,
    text: [
      "以下服务反馈已到服务时限的升级节点，请查看并确认：",
      "These service requests reached an escalation step of their SLA; please open and acknowledge them:",
      "",
      ...lines,
    ].join("\n"),
  };
}

/**
 * One pass of the escalation sweep at `now`: the open requests whose next step is
 * due (`next_escalation_at <= now`, an index range — requests with nothing due are
 * not read), each due step written to `escalation_log` with `on conflict do
 * nothing returning`, so a step fires once even when two sweeps run at the same
 * time, and only the sweep whose row went in notifies (bell, same transaction; mail
 * through the outbox after commit). Then each request's next look is stored.
 */
export async function sweepEscalations(now: Date) {
  const [calendar, ladder, people] = await Promise.all([
    getWorkingCalendar(),
    getLadder(),
    recipientsByRole(),
  ]);
  const emails = new Map(
    [...people.director, ...people.executive].map((u) => [u.id, u.email] as const),
  );
  let requests = 0;
  let fired = 0;
  const escalated = new Map<string, { subject: string; id: string }[]>();
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(serviceRequests)
        .where(
          and(
            lte(serviceRequests.nextEscalationAt, now),
            inArray(serviceRequests.status, [...OPEN_STATUSES]),
          ),
        )
        .orderBy(serviceRequests.id)
        .limit(BATCH);
      if (due.length === 0) return 0;
      const ids = due.map((r) => r.id);
      const before = await tx
        .select({ requestId: escalationLog.requestId, stepId: escalationLog.stepId })
        .from(escalationLog)
        .where(inArray(escalationLog.requestId, ids));
      const firedOf = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
      for (const row of before) firedOf.get(row.requestId)!.add(row.stepId);

      const owners = await ownerEmails(tx, due);
      const recipients = (target: EscalationTarget, ownerId: string | null) =>
        target === "owner" ? (ownerId ? [ownerId] : []) : people[target].map((u) => u.id);
      const rows: (typeof escalationLog.$inferInsert)[] = [];
      const nexts: { id: string; next: Date | null }[] = [];
      for (const request of due) {
        const subject = { clock: clockOf(request), respondedAt: request.firstRespondedAt };
        const already = firedOf.get(request.id)!;
        const steps = dueStepsWithUse(subject, ladder, already, now, calendar);
        for (const { step, usedHours: used } of steps) {
          rows.push({
            requestId: request.id,
            accountId: request.accountId,
            stepId: step.id,
            target: step.target,
            clock: step.clock,
            firedAt: now,
            usedSeconds: Math.round(used * 3600),
            notifiedUserIds: recipients(step.target, request.ownerId),
          });
        }
        const after = new Set([...already, ...steps.map((d) => d.step.id)]);
        nexts.push({ id: request.id, next: nextEscalationAt(subject, ladder, after, calendar) });
      }
      const inserted = rows.length
        ? await tx.insert(escalationLog).values(rows).onConflictDoNothing().returning()
        : [];
      const subjects = new Map(due.map((r) => [r.id, r.subject]));
      await notifyMany(
        tx,
        inserted.map((entry) => ({
          userIds: entry.notifiedUserIds,
          kind:
            entry.clock === "first_response"
              ? ("serviceFirstResponseOverdue" as const)
              : ("serviceEscalated" as const),
          params: {
            subject: subjects.get(entry.requestId)!,
            target: entry.target,
          },
          link: `/service/${entry.requestId}`,
          dedupeKey: `escalation:${entry.id}`,
        })),
      );
      for (const entry of inserted) {
        for (const userId of entry.notifiedUserIds) {
          const to = emails.get(userId) ?? owners.get(userId);
          const item = { subject: subjects.get(entry.requestId)!, id: entry.requestId };
          if (!to) continue;
          const list = escalated.get(to) ?? [];
          list.push(item);
          escalated.set(to, list);
        }
      }
      await tx.execute(sql`
        update ${serviceRequests} as sr set next_escalation_at = v.next
        from unnest(${`{${nexts.map((n) => n.id).join(",")}}`}::uuid[],
                    ${`{${nexts.map((n) => (n.next ? `"${n.next.toISOString()}"` : "NULL")).join(",")}}`}::timestamptz[])
          as v(id, next)
        where sr.id = v.id`);
      requests += due.length;
      fired += inserted.length;
      return due.length;
    });
    if (batch < BATCH) break;
  }
  for (const [to, items] of escalated) await sendMail(digest(to, items));
  return { requests, fired };
}

async function ownerEmails(
  tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
  due: { ownerId: string | null }[],
) {
  const ids = [...new Set(due.map((r) => r.ownerId).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  return new Map(rows.map((r) => [r.id, r.email]));
}

export const escalationSweepJob: JobDefinition<Record<string, never>> = {
  name: "service-escalation",
  // Every five minutes; the queue's exclusive policy keeps one sweep at a time per
  // instance set, and the unique (request, step) keeps each step to one firing anyway.
  cron: "*/5 * * * *",
  run: (_data: unknown, { now }: JobContext) => sweepEscalations(now),
};
