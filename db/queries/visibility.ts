import "server-only";
import { eq, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { accounts, accountTeam } from "@/db/schema";
import { seesAllAccounts, type Actor } from "@/lib/policy";

/**
 * Which accounts a user may see, as SQL: the visibility rule of `lib/policy.ts`
 * (managers see the accounts they own or are on the account team of; every other
 * role sees all). This is the only module that writes that rule; every query under
 * `db/queries` that reads accounts or their records uses one of its shapes
 * (`visibility.test.ts` checks). Each shape returns `undefined` when the user sees
 * everything, so it drops out of an `and(…)`.
 */

/** The account team's account ids for `actor`, as a subquery. */
const teamAccountIds = (actor: Actor) =>
  sql`select ${accountTeam.accountId} from ${accountTeam} where ${accountTeam.userId} = ${actor.id}`;

/**
 * A condition on `accounts`, for queries that read accounts (or join them).
 *
 * The team's accounts are fetched once as an array (`= any(array(…))`), not tested
 * per row with EXISTS: PostgreSQL then reads the owner's accounts and the team's
 * through their indexes (a BitmapOr) instead of scanning every account (a manager's
 * board counts: ~35 → ~3 ms at 100,000 accounts).
 */
export function visibleAccounts(actor: Actor): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return or(
    eq(accounts.ownerId, actor.id),
    sql`${accounts.id} = any(array(${teamAccountIds(actor)}))`,
  );
}

/**
 * The same rule as a set of account ids (`accounts.id in (…)`), for the dashboards'
 * aggregates: the planner can start a join from the manager's few thousand accounts
 * instead of testing every account.
 */
export function visibleAccountSet(actor: Actor): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return sql`${accounts.id} in (
    select mine.id from ${accounts} as mine where mine.owner_id = ${actor.id}
    union all
    ${teamAccountIds(actor)})`;
}

/**
 * The same rule over a table that carries a trigger-kept copy of its account's owner
 * (`stage_transitions`, `schedule_steps`, `cost_plans`): reads the copy, so the query
 * never joins accounts for visibility. The team's accounts are fetched once as an
 * array (`= any(array(…))`) like `visibleAccounts`: with `in (subquery)` PostgreSQL
 * hashes the subquery and tests every row of the period, which kept it from reading
 * the owner's and the team's rows through their indexes (a manager's drops at 100,000
 * accounts over a year: 16,794 → 1,750 buffers).
 */
export function visibleByOwnerCopy(
  actor: Actor,
  copy: { ownerId: AnyPgColumn; accountId: AnyPgColumn },
): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return sql`(${copy.ownerId} = ${actor.id} or ${copy.accountId} = any(array(
      ${teamAccountIds(actor)})))`;
}

/**
 * The rule for service requests: the requests of accounts the user sees, and the
 * ones handed to them (`owner_id`) — a manager sees a complaint reassigned to them
 * on a colleague's account, and only that.
 */
export function visibleServiceRequests(
  actor: Actor,
  request: { ownerId: AnyPgColumn; accountId: AnyPgColumn },
): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return sql`(${request.ownerId} = ${actor.id} or ${request.accountId} in (
      select mine.id from ${accounts} as mine where mine.owner_id = ${actor.id}
      union all
      ${teamAccountIds(actor)}))`;
}

/**
 * The rule over any table with an `account_id` (orders and what hangs off them): the
 * column must be one of the user's accounts. Owned and team accounts are collected
 * once (`in (… union all …)`), so the planner starts from the manager's accounts and
 * walks the child table's account index.
 */
export function visibleByAccount(actor: Actor, accountId: AnyPgColumn): SQL | undefined {
  if (seesAllAccounts(actor)) return undefined;
  return sql`${accountId} in (
      select mine.id from ${accounts} as mine where mine.owner_id = ${actor.id}
      union all
      ${teamAccountIds(actor)})`;
}
