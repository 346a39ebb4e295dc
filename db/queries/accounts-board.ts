import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accountForecasts, accounts } from "@/db/schema";
import { seesAllAccounts, type Actor } from "@/lib/policy";
import {
  accountSummaryColumns,
  industry,
  overdueSql,
  owner,
  type AccountListFilters,
} from "./accounts-shared";
import { filterConditions } from "./accounts-search";
import { freshForecast } from "./account-forecasts";
import { expectedDaysForRequest } from "./stage-settings";

/** No filter narrows the board (a grade leaves a third): most accounts of each stage are on it. */
function broadBoard(actor: Actor, f: AccountListFilters) {
  return (
    seesAllAccounts(actor) &&
    !f.q &&
    !f.ownerId &&
    !f.unowned &&
    !f.abc &&
    !f.industryId &&
    !f.sourceId &&
    !f.status &&
    !f.overdue &&
    !f.archived
  );
}

/** Accounts per stage for the board: counts plus the longest-waiting cards of each column. */
export async function pipelineBoard({
  actor,
  filters,
  perStage = 30,
}: {
  actor: Actor;
  filters: AccountListFilters;
  perStage?: number;
}) {
  const expected = await expectedDaysForRequest();
  const where = and(...filterConditions(actor, { ...filters, stage: undefined }, expected));
  const countsQuery = db
    .select({
      stage: accounts.stage,
      count: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${overdueSql(expected)})::int`,
    })
    .from(accounts)
    .where(where)
    .groupBy(accounts.stage);
  if (perStage <= 0) return { counts: await countsQuery, cards: [] };
  let firstIds;
  if (broadBoard(actor, filters)) {
    // Most accounts of a stage are on the board: one short walk of accounts_stage_idx
    // (stage, stage_entered_at) per stage finds its first cards.
    const firstOfStage = db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(sql`${accounts.stage} = board_stage.stage`, where))
      .orderBy(asc(accounts.stageEnteredAt), asc(accounts.id))
      .limit(perStage)
      .as("first_of_stage");
    firstIds = db
      .select({ id: firstOfStage.id })
      .from(sql`unnest(enum_range(null::stage)) as board_stage(stage)`)
      .crossJoinLateral(firstOfStage)
      .as("first_ids");
  } else {
    // A manager's scope or a narrow filter: such a walk could pass whole stages (every
    // dropped account, for "overdue") before it found a card, so the matching accounts
    // are numbered instead.
    const ranked = db
      .select({
        id: accounts.id,
        rank: sql<number>`row_number() over (partition by ${accounts.stage} order by ${accounts.stageEnteredAt} asc, ${accounts.id})`.as(
          "rank",
        ),
      })
      .from(accounts)
      .where(where)
      .as("ranked");
    firstIds = db
      .select({ id: ranked.id })
      .from(ranked)
      .where(sql`${ranked.rank} <= ${perStage}`)
      .as("first_ids");
  }
  const cardsQuery = db
    .select({ ...accountSummaryColumns, overdue: overdueSql(expected), p50: accountForecasts.p50 })
    .from(firstIds)
    .innerJoin(accounts, eq(accounts.id, firstIds.id))
    .leftJoin(accountForecasts, freshForecast)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .orderBy(asc(accounts.stageEnteredAt));
  const [counts, cards] = await Promise.all([countsQuery, cardsQuery]);
  return { counts, cards };
}
