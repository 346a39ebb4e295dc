import "server-only";
import { and, DrizzleQueryError, eq, sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { ANALYTICS_POOL_SIZE, analyticsClient } from "@/db";
import { onAbort, RequestAborted, requestSignal } from "@/db/request-signal";
import { AdmissionQueue } from "@/lib/dashboards/admission";
import { cached } from "./dashboards-cache";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { accounts, stageTransitions as st } from "@/db/schema";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/policy";
import type { DashboardFilters } from "./dashboards-types";
import { visibleAccountSet, visibleByOwnerCopy } from "./visibility";

export type DashboardArgs = { actor: Actor; filters: DashboardFilters };

/** How many accounts the "worst first" lists of the delivery dashboards show. */
export const DELIVERY_LIST_SIZE = 10;

/**
 * The app's time zone as an SQL literal, not a parameter: grouping by a month
 * expression needs the select and group-by copies to be textually identical.
 */
export const timeZone = () => sql.raw(`'${env.PCRM_TIME_ZONE.replaceAll("'", "''")}'`);

/** Local midnight that opens the period, as timestamptz. */
export const periodStart = (f: DashboardFilters) =>
  sql`(${f.from}::date::timestamp at time zone ${timeZone()})`;

/** Local midnight after the period's last day (exclusive end). */
export const periodEnd = (f: DashboardFilters) =>
  sql`((${f.to}::date + 1)::timestamp at time zone ${timeZone()})`;

/** `column` falls in the period: a plain range, so an index on it applies. */
export const inPeriod = (column: SQL | SQL.Aliased | unknown, f: DashboardFilters) =>
  sql`${column} >= ${periodStart(f)} and ${column} < ${periodEnd(f)}`;

/**
 * 1-based index of the local calendar month (or Monday-started week) of `column`
 * within the period: a binary search over the bucket starts, far cheaper per row
 * than formatting a date. Index `i` is `monthsOf(f)[i - 1]` / `weeksOf(f)[i - 1]`.
 */
export function bucketIndex(column: unknown, f: DashboardFilters, unit: "month" | "week") {
  const step = unit === "month" ? sql.raw("interval '1 month'") : sql.raw("interval '1 week'");
  const first = sql`date_trunc(${unit}, ${f.from}::date::timestamp)`;
  return sql<number>`width_bucket(${column}, (select array_agg(b at time zone ${timeZone()} order by b)
    from generate_series(${first}, ${f.to}::date::timestamp, ${step}) b))`;
}

/** Visibility plus the account filters, as conditions on `accounts`. */
export function accountConditions(actor: Actor, f: DashboardFilters): SQL[] {
  const where: (SQL | undefined)[] = [visibleAccountSet(actor)];
  if (f.ownerId) where.push(eq(accounts.ownerId, f.ownerId));
  if (f.industryId) where.push(eq(accounts.industryId, f.industryId));
  if (f.grade) where.push(eq(accounts.grade, f.grade));
  if (f.sourceId) where.push(eq(accounts.sourceId, f.sourceId));
  return where.filter((w): w is SQL => !!w);
}

/**
 * Visibility and filters over a table that carries a trigger-kept copy of its
 * account's owner (and maybe industry): `stage_transitions`, `schedule_steps`,
 * `cost_plans`. Visibility and the owner filter read the copy, so a director's,
 * a manager's or one owner's views never join accounts; only the filters without
 * a copy (industry, grade, source) do.
 */
export function copyScope(
  actor: Actor,
  f: DashboardFilters,
  copy: { ownerId: AnyPgColumn; accountId: AnyPgColumn; industryId?: AnyPgColumn },
) {
  const where: (SQL | undefined)[] = [visibleByOwnerCopy(actor, copy)];
  if (f.ownerId) where.push(eq(copy.ownerId, f.ownerId));
  if (f.industryId && copy.industryId) where.push(eq(copy.industryId, f.industryId));
  const attributes: SQL[] = [];
  if (f.industryId && !copy.industryId) attributes.push(eq(accounts.industryId, f.industryId));
  if (f.grade) attributes.push(eq(accounts.grade, f.grade));
  if (f.sourceId) attributes.push(eq(accounts.sourceId, f.sourceId));
  return {
    join: attributes.length ? sql`join ${accounts} on ${accounts.id} = ${copy.accountId}` : sql``,
    where: and(...where, ...attributes) ?? sql`true`,
    /** Whether the conditions need the join (industry, grade or source filter). */
    joinsAccounts: attributes.length > 0,
  };
}

/** `copyScope` over stage transitions. */
export const transitionScope = (actor: Actor, f: DashboardFilters) =>
  copyScope(actor, f, { ownerId: st.ownerId, accountId: st.accountId });

/**
 * The period cut into its calendar months, as rows (i, lo, hi): `i` is 1-based like
 * `bucketIndex` (`monthsOf(f)[i - 1]`), [lo, hi) is the month clipped to the period.
 * Lets a query aggregate each month by its own index range instead of sorting the
 * whole period by month.
 */
export function monthSegments(f: DashboardFilters, count: number) {
  const first = sql`date_trunc('month', ${f.from}::date::timestamp)`;
  return sql`(select i,
      greatest(${periodStart(f)}, (${first} + (i - 1) * interval '1 month') at time zone ${timeZone()}) as lo,
      least(${periodEnd(f)}, (${first} + i * interval '1 month') at time zone ${timeZone()}) as hi
    from generate_series(1, ${count}::int) i)`;
}

/**
 * Admission control for the aggregates (lib/dashboards/admission.ts): as many run as
 * the pool has connections, up to 64 more wait, none longer than 5 s.
 */
const admission = new AdmissionQueue(ANALYTICS_POOL_SIZE, 64, 5_000);

/**
 * Runs one dashboard aggregate on the read-only analytics pool (see `analyticsClient`),
 * through the admission queue; `cache` for queries whose data the stats version
 * counts (`dashboards-cache.ts`). Inside a route handler's `withRequestSignal`, the
 * query is cancelled in PostgreSQL when the client goes away (a shared cached run only
 * when every request waiting for it has gone).
 */
export async function analytic<T extends Record<string, unknown>>(
  query: SQL,
  opts: { cache?: boolean } = {},
): Promise<T[]> {
  const signal = requestSignal();
  if (signal?.aborted) throw new RequestAborted();
  const run = (abort?: AbortSignal) => admission.run(() => cancellable<T>(query, abort));
  return opts.cache ? cached(query, run, signal) : run(signal);
}

const dialect = new PgDialect({ casing: "snake_case" });

/** The query as `analyticsDb.execute` sends it, cancelled if `signal` aborts first. */
async function cancellable<T>(query: SQL, signal: AbortSignal | undefined): Promise<T[]> {
  if (signal?.aborted) throw new RequestAborted();
  const { sql: text, params } = dialect.sqlToQuery(query);
  const pending = analyticsClient.unsafe(text, params as never[], { prepare: false });
  const release = onAbort(signal, () => pending.cancel());
  try {
    return [...(await pending)] as unknown as T[];
  } catch (error) {
    throw new DrizzleQueryError(text, params, error as Error);
  } finally {
    release();
  }
}

/** Percentile arrays come back as numbers, or strings from some drivers. */
export const toNumber = (value: unknown): number =>
  typeof value === "number" ? value : Number(value);
