import "server-only";
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import {
  accounts,
  accountTeam,
  escalationLog,
  serviceRequests,
  stakeholders,
  users,
} from "@/db/schema";
import type { ServiceListFilters } from "@/lib/service/list-filters";
import { OPEN_STATUSES } from "@/lib/service/types";
import type { Actor } from "@/lib/policy";
import { searchConditions } from "./accounts-search";
import { visibleServiceRequests } from "./visibility";

export const SERVICE_PAGE = 50;
const sr = serviceRequests;
const visible = (actor: Actor) => visibleServiceRequests(actor, sr);

/** Open and past a deadline: the first response or the resolution. */
export const overdueAt = (now: Date) =>
  and(
    inArray(sr.status, [...OPEN_STATUSES]),
    or(
      lt(sr.resolutionDueAt, now),
      and(isNull(sr.firstRespondedAt), lt(sr.firstResponseDueAt, now)),
    ),
  );

/** Subject containing or like the query, or the customer's name found as the account list finds it. */
function searchCondition(q: string) {
  const account = searchConditions(q);
  // Each branch is an index condition on service_requests (subject grams, subject
  // trigrams, the request's account among the matching accounts), so the search is a
  // bitmap OR instead of a scan of every request.
  return or(
    and(
      sql`account_name_grams(${sr.subject}) @> account_name_query_grams(${q})`,
      // The subject holds the text (case aside); strpos, not ilike, so the planner does not
      // also scan the trigram index for a two-character query (338k entries at 300k requests).
      sql`strpos(lower(${sr.subject}), lower(${q})) > 0`,
    ),
    account.trigrams ? sql`${sr.subject} % ${q}` : undefined,
    sql`${sr.accountId} = any(array(select ${accounts.id} from ${accounts} where ${account.index} and ${account.test}))`,
  );
}

/** The service list's conditions for its filters (the page cursor aside), visibility included. */
export function serviceListConditions(actor: Actor, filters: ServiceListFilters, now: Date) {
  return and(
    visible(actor),
    filters.status === "open"
      ? inArray(sr.status, [...OPEN_STATUSES])
      : filters.status
        ? eq(sr.status, filters.status)
        : undefined,
    filters.type ? eq(sr.type, filters.type) : undefined,
    filters.priority ? eq(sr.priority, filters.priority) : undefined,
    filters.owner ? eq(sr.ownerId, filters.owner === "me" ? actor.id : filters.owner) : undefined,
    filters.overdue ? overdueAt(now) : undefined,
    filters.q ? searchCondition(filters.q) : undefined,
  );
}

const listColumns = {
  id: sr.id,
  accountId: sr.accountId,
  accountName: accounts.name,
  subject: sr.subject,
  type: sr.type,
  priority: sr.priority,
  status: sr.status,
  ownerId: sr.ownerId,
  ownerName: users.name,
  receivedAt: sr.receivedAt,
  resolutionDueAt: sr.resolutionDueAt,
  firstResponseDueAt: sr.firstResponseDueAt,
  firstRespondedAt: sr.firstRespondedAt,
  pausedSince: sr.pausedSince,
};

/** One page of the service list, newest received first, the filters applied in SQL. */
export async function listServiceRequests({
  actor,
  filters,
  now,
  limit = SERVICE_PAGE,
}: {
  actor: Actor;
  filters: ServiceListFilters;
  now: Date;
  limit?: number;
}) {
  const rows = await db
    .select(listColumns)
    .from(sr)
    .innerJoin(accounts, eq(accounts.id, sr.accountId))
    .leftJoin(users, eq(users.id, sr.ownerId))
    .where(
      and(
        serviceListConditions(actor, filters, now),
        filters.after
          ? sql`(${sr.receivedAt}, ${sr.id}) < (${filters.after.receivedAt.toISOString()}::timestamptz, ${filters.after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(sr.receivedAt), desc(sr.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
export type ServiceListRow = Awaited<ReturnType<typeof listServiceRequests>>["rows"][number];

/** An account's requests for its Service tab, newest first. */
export async function listAccountServiceRequests({
  actor,
  accountId,
  limit = SERVICE_PAGE,
}: {
  actor: Actor;
  accountId: string;
  limit?: number;
}) {
  return db
    .select(listColumns)
    .from(sr)
    .innerJoin(accounts, eq(accounts.id, sr.accountId))
    .leftJoin(users, eq(users.id, sr.ownerId))
    .where(and(eq(sr.accountId, accountId), visible(actor)))
    .orderBy(desc(sr.receivedAt), desc(sr.id))
    .limit(limit);
}

const creator = alias(users, "creator");

/** One request with its customer, contact, owner and creator names, if the caller sees it. */
export async function getServiceRequest({ actor, id }: { actor: Actor; id: string }) {
  const [row] = await db
    .select({
      request: sr,
      accountName: accounts.name,
      accountOwnerId: accounts.ownerId,
      contactName: stakeholders.name,
      ownerName: users.name,
      creatorName: creator.name,
    })
    .from(sr)
    .innerJoin(accounts, eq(accounts.id, sr.accountId))
    .leftJoin(stakeholders, eq(stakeholders.id, sr.contactId))
    .leftJoin(users, eq(users.id, sr.ownerId))
    .leftJoin(creator, eq(creator.id, sr.createdById))
    .where(and(eq(sr.id, id), visible(actor)));
  if (!row) return null;
  const team = await db
    .select({ userId: accountTeam.userId })
    .from(accountTeam)
    .where(eq(accountTeam.accountId, row.request.accountId));
  return { ...row, teamMemberIds: team.map((m) => m.userId) };
}

/** A request's fired escalation steps, oldest first, with the names of who was told and who acknowledged. */
export async function listEscalations({ actor, requestId }: { actor: Actor; requestId: string }) {
  const rows = await db
    .select({ entry: escalationLog, acknowledgedByName: users.name })
    .from(escalationLog)
    .innerJoin(sr, eq(sr.id, escalationLog.requestId))
    .leftJoin(users, eq(users.id, escalationLog.acknowledgedById))
    .where(and(eq(escalationLog.requestId, requestId), visible(actor)))
    .orderBy(escalationLog.firedAt, escalationLog.id);
  const ids = [...new Set(rows.flatMap((r) => r.entry.notifiedUserIds))];
  const names = ids.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map(({ entry, acknowledgedByName }) => ({
    ...entry,
    acknowledgedByName,
    notifiedNames: entry.notifiedUserIds.map((id) => nameOf.get(id) ?? "—"),
  }));
}
export type EscalationEntry = Awaited<ReturnType<typeof listEscalations>>[number];
