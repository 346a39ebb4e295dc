import "server-only";
import { aliasedTable, and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { client, db } from "@/db";
import { onAbort, RequestAborted, requestSignal } from "@/db/request-signal";
import { accounts, activities, referenceItems, stakeholders, users } from "@/db/schema";
import type { AccountExportRow, ActivityExportRow, ContactExportRow } from "@/lib/export/rows";
import type { Actor } from "@/lib/policy";
import type { PipelineStage } from "@/lib/stages/stages";
import { filterConditions, listOrder } from "./accounts-search";
import {
  industry,
  overdueSql,
  owner,
  type AccountListFilters,
  type AccountSort,
} from "./accounts-shared";

/**
 * Exports of the account list: every account the list shows for the same filters
 * (search included) and the same caller, in the list's order, and the contacts and
 * activities of those accounts. The conditions are the list's own
 * (`filterConditions`, with the visibility rule in it); rows are read through a
 * PostgreSQL cursor a batch at a time, never all at once.
 */

export type ExportScope = {
  actor: Actor;
  filters: AccountListFilters;
  sort: AccountSort;
  expected: Record<PipelineStage, number | null>;
  timeZone: string;
  now: Date;
};

const source = aliasedTable(referenceItems, "source");
const area = aliasedTable(referenceItems, "area");

/** A timestamp as local text, "YYYY-MM-DD HH:MM". */
export const localTime = (column: SQL | AnyPgColumn, timeZone: string) =>
  sql<string>`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI')`;

export const listed = (scope: ExportScope) =>
  and(...filterConditions(scope.actor, scope.filters, scope.expected));

function accountQuery(scope: ExportScope) {
  const { timeZone, now } = scope;
  return db
    .select({
      code: accounts.code,
      name: accounts.name,
      grade: accounts.grade,
      type: accounts.type,
      status: accounts.status,
      stage: accounts.stage,
      stageEnteredAt: localTime(accounts.stageEnteredAt, timeZone),
      daysInStage: sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${accounts.stageEnteredAt})) / 86400)::int`,
      overdue: overdueSql(scope.expected, now),
      ownerName: owner.name,
      industryEn: industry.nameEn,
      industryZh: industry.nameZh,
      sourceEn: source.nameEn,
      sourceZh: source.nameZh,
      areaEn: area.nameEn,
      areaZh: area.nameZh,
      countryRegion: accounts.countryRegion,
      province: accounts.province,
      city: accounts.city,
      postalCode: accounts.postalCode,
      address: accounts.address,
      phone: accounts.phone,
      fax: accounts.fax,
      email: accounts.email,
      homepage: accounts.homepage,
      annualRevenue: sql<string | null>`${accounts.annualRevenue}::text`,
      employeeCount: accounts.employeeCount,
      createdAt: localTime(accounts.createdAt, timeZone),
      archivedAt: sql<string | null>`${localTime(accounts.archivedAt, timeZone)}`,
    } satisfies Record<keyof AccountExportRow, unknown>)
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .leftJoin(source, eq(source.id, accounts.sourceId))
    .leftJoin(area, eq(area.id, accounts.areaId))
    .where(listed(scope))
    .orderBy(...listOrder(scope.sort));
}

const customerContacts = (scope: ExportScope) =>
  and(eq(stakeholders.side, "customer"), listed(scope));

function contactQuery(scope: ExportScope) {
  return db
    .select({
      accountCode: accounts.code,
      accountName: accounts.name,
      name: stakeholders.name,
      salutation: stakeholders.salutation,
      isPrimary: stakeholders.isPrimary,
      department: stakeholders.department,
      title: stakeholders.title,
      decisionRole: stakeholders.decisionRole,
      influence: stakeholders.influence,
      attitude: stakeholders.attitude,
      mobile: stakeholders.mobile,
      officePhone: stakeholders.officePhone,
      homePhone: stakeholders.homePhone,
      fax: stakeholders.fax,
      email: stakeholders.email,
      countryRegion: stakeholders.countryRegion,
      province: stakeholders.province,
      city: stakeholders.city,
      postalCode: stakeholders.postalCode,
      address: stakeholders.address,
      hobbies: stakeholders.hobbies,
      specialDates: sql<string>`coalesce((select string_agg(trim(concat_ws(' ', d->>'label', d->>'date')), '; ') from jsonb_array_elements(${stakeholders.specialDates}) d), '')`,
    } satisfies Record<keyof ContactExportRow, unknown>)
    .from(stakeholders)
    .innerJoin(accounts, eq(accounts.id, stakeholders.accountId))
    .where(customerContacts(scope))
    .orderBy(
      ...listOrder(scope.sort),
      desc(stakeholders.isPrimary),
      stakeholders.name,
      stakeholders.id,
    );
}

function activityQuery(scope: ExportScope) {
  const names = (ids: SQL, table: "stakeholders" | "users") =>
    sql<string>`coalesce((select string_agg(p.name, ', ' order by p.name) from ${sql.raw(table)} p where p.id = any(${ids})), '')`;
  return db
    .select({
      accountCode: accounts.code,
      accountName: accounts.name,
      type: activities.type,
      occurredAt: localTime(activities.occurredAt, scope.timeZone),
      loggedAt: localTime(activities.loggedAt, scope.timeZone),
      filingDelayMinutes: activities.filingDelayMinutes,
      subject: activities.subject,
      content: activities.content,
      outcome: activities.outcome,
      nextFollowUp: sql<string | null>`${activities.nextFollowUp}::text`,
      loggedByName: users.name,
      contacts: names(sql`${activities.contactIds}`, "stakeholders"),
      participants: names(sql`${activities.participantIds}`, "users"),
    } satisfies Record<keyof ActivityExportRow, unknown>)
    .from(activities)
    .innerJoin(accounts, eq(accounts.id, activities.accountId))
    .leftJoin(users, eq(users.id, activities.loggedById))
    .where(listed(scope))
    .orderBy(...listOrder(scope.sort), desc(activities.occurredAt), desc(activities.id));
}

/**
 * Rows a batch at a time through a cursor, as objects keyed like the query's selection.
 * Inside a route handler's `withRequestSignal`, a batch being read when the client goes
 * away is cancelled in PostgreSQL (closing the download closes the cursor between
 * batches).
 */
export async function* throughCursor<T>(
  query: { toSQL(): { sql: string; params: unknown[] }; _: { selectedFields: object } },
  batchSize: number,
): AsyncGenerator<T[]> {
  const signal = requestSignal();
  if (signal?.aborted) throw new RequestAborted();
  const keys = Object.keys(query._.selectedFields);
  const { sql: text, params } = query.toSQL();
  const pending = client.unsafe(text, params as never[]).values();
  const release = onAbort(signal, () => pending.cancel());
  try {
    for await (const batch of pending.cursor(batchSize)) {
      yield (batch as unknown[][]).map(
        (values) => Object.fromEntries(keys.map((key, i) => [key, values[i]])) as T,
      );
    }
  } finally {
    release();
  }
}

export const EXPORT_BATCH = 1000;

export const exportAccounts = (scope: ExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<AccountExportRow>(accountQuery(scope), batchSize);

export const exportContacts = (scope: ExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<ContactExportRow>(contactQuery(scope), batchSize);

export const exportActivities = (scope: ExportScope, batchSize = EXPORT_BATCH) =>
  throughCursor<ActivityExportRow>(activityQuery(scope), batchSize);

/** The printed contacts list: its first `limit` rows in export order, and how many there are. */
export async function contactsForPrint(scope: ExportScope, limit: number) {
  const [rows, [total]] = await Promise.all([
    contactQuery(scope).limit(limit),
    db
      .select({ n: count() })
      .from(stakeholders)
      .innerJoin(accounts, eq(accounts.id, stakeholders.accountId))
      .where(customerContacts(scope)),
  ]);
  return { rows: rows as ContactExportRow[], total: total?.n ?? 0 };
}
