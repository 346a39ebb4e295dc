import "server-only";
import { aliasedTable, eq, isNull, sql, type SQL } from "drizzle-orm";
import { accounts, referenceItems, users, type Grade } from "@/db/schema";
import type { AbcClass } from "@/lib/value/abc";
import type { Actor } from "@/lib/policy";
import { PIPELINE_STAGES, type PipelineStage, type Stage } from "@/lib/stages/stages";
import { visibleAccounts } from "./visibility";

/** What the account list, the board and the account page share: columns, filters, "overdue". */

export const owner = aliasedTable(users, "owner");
export const industry = aliasedTable(referenceItems, "industry");

/** SQL for "past its stage's expected days"; stages without a limit and outcomes never are. */
export function overdueSql(
  expected: Record<PipelineStage, number | null>,
  now: Date = new Date(),
): SQL<boolean> {
  // One (stage, entered before) range per timed stage: as a filter, PostgreSQL reads
  // just those ranges of accounts_open_stage_idx / accounts_stage_idx.
  const ranges = PIPELINE_STAGES.filter((s) => expected[s] != null).map(
    (s) =>
      sql`(${accounts.stage} = ${s} and ${accounts.stageEnteredAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${expected[s]}::int))`,
  );
  if (ranges.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(ranges, sql` or `)})`;
}

export const accountSummaryColumns = {
  id: accounts.id,
  code: accounts.code,
  name: accounts.name,
  grade: accounts.grade,
  abcClass: accounts.abcClass,
  stage: accounts.stage,
  stageEnteredAt: accounts.stageEnteredAt,
  status: accounts.status,
  phone: accounts.phone,
  email: accounts.email,
  city: accounts.city,
  ownerId: accounts.ownerId,
  ownerName: owner.name,
  industryId: accounts.industryId,
  industryEn: industry.nameEn,
  industryZh: industry.nameZh,
  archivedAt: accounts.archivedAt,
  createdAt: accounts.createdAt,
  version: accounts.version,
};

export type AccountListFilters = {
  q?: string;
  stage?: Stage;
  grade?: Grade;
  /** A value class, or "none" for accounts not classified yet. */
  abc?: AbcClass | "none";
  ownerId?: string;
  /** Only accounts nobody owns yet. */
  unowned?: boolean;
  industryId?: number;
  sourceId?: number;
  status?: "active" | "inactive";
  overdue?: boolean;
  archived?: boolean;
};
/** `abc`: value class A → C, unclassified last, then name. `p50`: forecast date, none last, then name. */
export type AccountSort = "name" | "created" | "stageAge" | "abc" | "p50";
export type AccountCursor = { v: string; id: string };

/** Every filter but the search. */
export function baseConditions(
  actor: Actor,
  f: AccountListFilters,
  expected: Record<PipelineStage, number | null>,
): SQL[] {
  const where: (SQL | undefined)[] = [visibleAccounts(actor)];
  where.push(f.archived ? sql`${accounts.archivedAt} is not null` : isNull(accounts.archivedAt));
  if (f.stage) where.push(eq(accounts.stage, f.stage));
  if (f.grade) where.push(eq(accounts.grade, f.grade));
  if (f.abc === "none") where.push(isNull(accounts.abcClass));
  else if (f.abc) where.push(eq(accounts.abcClass, f.abc));
  if (f.ownerId) where.push(eq(accounts.ownerId, f.ownerId));
  if (f.unowned) where.push(isNull(accounts.ownerId));
  if (f.industryId) where.push(eq(accounts.industryId, f.industryId));
  if (f.sourceId) where.push(eq(accounts.sourceId, f.sourceId));
  if (f.status) where.push(eq(accounts.status, f.status));
  if (f.overdue) where.push(overdueSql(expected));
  return where.filter((w): w is SQL => !!w);
}
