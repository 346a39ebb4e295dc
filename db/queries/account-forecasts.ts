import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { accountForecasts, accounts } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import type { PipelineStage } from "@/lib/stages/stages";
import {
  accountSummaryColumns,
  baseConditions,
  industry,
  overdueSql,
  owner,
  type AccountCursor,
  type AccountListFilters,
} from "./accounts-shared";

/**
 * The stored forecast of each account (job `account-forecasts`) on the board and the
 * account list. A row counts only while it matches the account's current stay and
 * segment: a move, or a new industry or grade, makes it no forecast at all until it is
 * recomputed (a move recomputes its account at once; anything else waits for the job).
 */
export const freshForecast: SQL = sql`(${accountForecasts.accountId} = ${accounts.id}
  and ${accountForecasts.stageEnteredAt} = ${accounts.stageEnteredAt}
  and ${accountForecasts.grade} = ${accounts.grade}
  and ${accountForecasts.industryId} = coalesce(${accounts.industryId}, 0))`;

/** Accounts without a current forecast: executing, closed, archived, moved, no data. */
export const noFreshForecast: SQL = sql`not exists (select 1 from ${accountForecasts} where ${freshForecast})`;

/** The P50 date of an account row (null without a current forecast), for ordering exports. */
export const p50Of: SQL<string | null> =
  sql`(select ${accountForecasts.p50} from ${accountForecasts} where ${freshForecast})`;

/** The P50 sort's cursor value: "date:name" while in the dated part, ":name" after it. */
export function splitP50Cursor(v: string): { p50: string | null; name: string } {
  const colon = v.indexOf(":");
  return { p50: colon > 0 ? v.slice(0, colon) : null, name: v.slice(colon + 1) };
}

/** Where the accounts without a forecast begin (no name or id is before it). */
export const UNDATED_START: AccountCursor = {
  v: ":",
  id: "00000000-0000-0000-0000-000000000000",
};

/**
 * The dated part of the P50 sort: accounts with a current forecast, soonest P50 first,
 * then name and id. It reads account_forecasts_p50_idx in order from the cursor's date
 * (PostgreSQL sorts each date's few accounts by name as it goes: an incremental sort),
 * looks up each one's account (`accountOfForecast`) and applies the list's conditions to it: visibility and
 * filters, and the search's conditions (`search`, from the list).
 */
export async function datedPage({
  actor,
  filters,
  search,
  expected,
  after,
  limit,
}: {
  actor: Actor;
  filters: AccountListFilters;
  search: SQL[];
  expected: Record<PipelineStage, number | null>;
  after?: { p50: string; name: string; id: string };
  limit: number;
}) {
  const keyset = after
    ? sql`${accountForecasts.p50} >= ${after.p50}::date and (${accountForecasts.p50} > ${after.p50}::date
        or (${accounts.name}, ${accounts.id}) > (${after.name}, ${after.id}::uuid))`
    : undefined;
  return db
    .select({
      ...accountSummaryColumns,
      overdue: overdueSql(expected),
      p50: accountForecasts.p50,
      sortValue: sql<string>`${accountForecasts.p50}::text || ':' || ${accounts.name}`,
    })
    .from(accountForecasts)
    .crossJoinLateral(accountOfForecast)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .where(and(...baseConditions(actor, filters, expected), ...search, keyset))
    .orderBy(asc(accountForecasts.p50), asc(accounts.name), asc(accounts.id))
    .limit(limit + 1);
}

/**
 * Each forecast's account, looked up by its key one at a time (a nested loop) and
 * named "accounts" so the list's conditions apply to it as they are. As a plain join
 * PostgreSQL hashes all 100,000 accounts to find a page (first page 27,498 buffers,
 * 371 ms) instead of reading the forecasts in order and stopping (852 buffers, 3 ms); the
 * `limit 1` (one account per key anyway) keeps it from flattening the lookup back into
 * such a join.
 */
const accountOfForecast = db.select().from(accounts).where(freshForecast).limit(1).as("accounts");

export type P50ListArgs = {
  actor: Actor;
  filters: AccountListFilters;
  after?: AccountCursor;
  limit: number;
};

type DatedRow = Awaited<ReturnType<typeof datedPage>>[number];
type Page<R> = { rows: R[]; next: AccountCursor | null };
type ByName<R> = (args: P50ListArgs & { sort: "name"; extra: SQL }) => Promise<Page<R>>;

/**
 * The account list sorted by P50 date: the dated accounts first (`datedPage`), then
 * the accounts without a current forecast by name, paged as the name sort pages
 * (`byName`, with its search strategy) restricted to them. Keyset paging throughout.
 */
export async function listByP50<R>(
  { actor, filters, after, limit }: P50ListArgs,
  search: SQL[],
  expected: Record<PipelineStage, number | null>,
  byName: ByName<R>,
): Promise<Page<R | DatedRow>> {
  const cursor = after ? { ...splitP50Cursor(after.v), id: after.id } : undefined;
  const undated = (from: AccountCursor | undefined, count: number) =>
    byName({ actor, filters, sort: "name", after: from, limit: count, extra: noFreshForecast });
  const nameCursor = (c: { name: string; id: string }) =>
    c.name === "" && c.id === UNDATED_START.id ? undefined : { v: c.name, id: c.id };
  if (cursor && cursor.p50 === null) {
    const page = await undated(nameCursor(cursor), limit);
    return { rows: page.rows, next: page.next && { v: `:${page.next.v}`, id: page.next.id } };
  }
  const dated = await datedPage({
    actor,
    filters,
    search,
    expected,
    after: cursor ? { p50: cursor.p50!, name: cursor.name, id: cursor.id } : undefined,
    limit,
  });
  if (dated.length > limit) {
    const last = dated[limit - 1]!;
    return { rows: dated.slice(0, limit), next: { v: last.sortValue, id: last.id } };
  }
  // The dated part ends on this page: the rest of it is the first accounts without one.
  const rest = await undated(undefined, Math.max(1, limit - dated.length));
  if (dated.length === limit) {
    return { rows: dated, next: rest.rows.length > 0 ? UNDATED_START : null };
  }
  return {
    rows: [...dated, ...rest.rows],
    next: rest.next && { v: `:${rest.next.v}`, id: rest.next.id },
  };
}
