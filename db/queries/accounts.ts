import "server-only";
import {
  aliasedTable,
  and,
  asc,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { db, type Tx } from "@/db";
import {
  accounts,
  accountTeam,
  referenceItems,
  stageSettings,
  users,
  type Grade,
} from "@/db/schema";
import type { Actor } from "@/lib/policy";
import {
  DEFAULT_EXPECTED_DAYS,
  PIPELINE_STAGES,
  type PipelineStage,
  type Stage,
} from "@/lib/stages/stages";
import { accountScope } from "./scope";

const owner = aliasedTable(users, "owner");
const industry = aliasedTable(referenceItems, "industry");

/** Expected days per pipeline stage, the admin's settings over the defaults. */
export async function getExpectedDays(
  tx: Tx | typeof db = db,
): Promise<Record<PipelineStage, number | null>> {
  const rows = await tx.select().from(stageSettings);
  const result = { ...DEFAULT_EXPECTED_DAYS };
  for (const row of rows) result[row.stage] = row.expectedDays;
  return result;
}

/** SQL for "past its stage's expected days"; stages without a limit and outcomes never are. */
export function overdueSql(
  expected: Record<PipelineStage, number | null>,
  now: Date = new Date(),
): SQL<boolean> {
  const cases = PIPELINE_STAGES.filter((s) => expected[s] != null).map(
    (s) =>
      sql`when ${s} then ${accounts.stageEnteredAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${expected[s]}::int)`,
  );
  if (cases.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(case ${accounts.stage}::text ${sql.join(cases, sql` `)} else false end)`;
}

export const accountSummaryColumns = {
  id: accounts.id,
  code: accounts.code,
  name: accounts.name,
  grade: accounts.grade,
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
  ownerId?: string;
  industryId?: number;
  sourceId?: number;
  status?: "active" | "inactive";
  overdue?: boolean;
  archived?: boolean;
};
export type AccountSort = "name" | "created" | "stageAge";
export type AccountCursor = { v: string; id: string };

function filterConditions(
  actor: Actor,
  f: AccountListFilters,
  expected: Record<PipelineStage, number | null>,
): SQL[] {
  const where: (SQL | undefined)[] = [accountScope(actor)];
  where.push(f.archived ? sql`${accounts.archivedAt} is not null` : isNull(accounts.archivedAt));
  if (f.stage) where.push(eq(accounts.stage, f.stage));
  if (f.grade) where.push(eq(accounts.grade, f.grade));
  if (f.ownerId) where.push(eq(accounts.ownerId, f.ownerId));
  if (f.industryId) where.push(eq(accounts.industryId, f.industryId));
  if (f.sourceId) where.push(eq(accounts.sourceId, f.sourceId));
  if (f.status) where.push(eq(accounts.status, f.status));
  if (f.overdue) where.push(overdueSql(expected));
  const q = f.q?.trim();
  if (q) {
    // Exact hits on code, phone and e-mail; fuzzy (trigram) or substring on the name.
    where.push(
      or(
        eq(accounts.code, q),
        eq(accounts.phone, q),
        eq(sql`lower(${accounts.email})`, q.toLowerCase()),
        ilike(accounts.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`),
        sql`${accounts.name} % ${q}`,
      ),
    );
  }
  return where.filter((w): w is SQL => !!w);
}

const SORTS: Record<AccountSort, { column: SQL | typeof accounts.name; dir: "asc" | "desc" }> = {
  name: { column: accounts.name, dir: "asc" },
  created: { column: sql`${accounts.createdAt}`, dir: "desc" },
  stageAge: { column: sql`${accounts.stageEnteredAt}`, dir: "asc" },
};

const cursorValue = (
  sort: AccountSort,
  row: { name: string; createdAt: Date; stageEnteredAt: Date },
) =>
  sort === "name"
    ? row.name
    : sort === "created"
      ? row.createdAt.toISOString()
      : row.stageEnteredAt.toISOString();

/** One page of the account list, keyset-paginated on (sort value, id). */
export async function listAccounts({
  actor,
  filters,
  sort = "name",
  after,
  limit = 50,
}: {
  actor: Actor;
  filters: AccountListFilters;
  sort?: AccountSort;
  after?: AccountCursor;
  limit?: number;
}) {
  const expected = await getExpectedDays();
  const where = filterConditions(actor, filters, expected);
  const { dir } = SORTS[sort];
  const col =
    sort === "name"
      ? accounts.name
      : sort === "created"
        ? accounts.createdAt
        : accounts.stageEnteredAt;
  if (after) {
    const value = sort === "name" ? after.v : new Date(after.v);
    const cmp = dir === "asc" ? gt : lt;
    where.push(or(cmp(col, value), and(eq(col, value), gt(accounts.id, after.id)))!);
  }
  const rows = await db
    .select({ ...accountSummaryColumns, overdue: overdueSql(expected) })
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .where(and(...where))
    .orderBy(dir === "asc" ? asc(col) : desc(col), asc(accounts.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > limit && last ? { v: cursorValue(sort, last), id: last.id } : null,
  };
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
  const expected = await getExpectedDays();
  const where = and(...filterConditions(actor, { ...filters, stage: undefined }, expected));
  const counts = await db
    .select({
      stage: accounts.stage,
      count: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${overdueSql(expected)})::int`,
    })
    .from(accounts)
    .where(where)
    .groupBy(accounts.stage);
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
  const cards = await db
    .select({ ...accountSummaryColumns, overdue: overdueSql(expected) })
    .from(accounts)
    .innerJoin(ranked, eq(ranked.id, accounts.id))
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .where(sql`${ranked.rank} <= ${perStage}`)
    .orderBy(asc(accounts.stageEnteredAt));
  return { counts, cards };
}

/** One account with its reference labels and team, or null when the caller may not see it. */
export async function getAccount({ actor, id }: { actor: Actor; id: string }) {
  const expected = await getExpectedDays();
  const source = aliasedTable(referenceItems, "source");
  const area = aliasedTable(referenceItems, "area");
  const [row] = await db
    .select({
      account: accounts,
      ownerName: owner.name,
      industry: { nameEn: industry.nameEn, nameZh: industry.nameZh },
      source: { nameEn: source.nameEn, nameZh: source.nameZh },
      area: { code: area.code, nameEn: area.nameEn, nameZh: area.nameZh },
      overdue: overdueSql(expected),
    })
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .leftJoin(source, eq(source.id, accounts.sourceId))
    .leftJoin(area, eq(area.id, accounts.areaId))
    .where(and(eq(accounts.id, id), accountScope(actor)))
    .limit(1);
  if (!row) return null;
  const team = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(accountTeam)
    .innerJoin(users, eq(users.id, accountTeam.userId))
    .where(eq(accountTeam.accountId, id))
    .orderBy(asc(users.name));
  return { ...row, team };
}
export type AccountDetail = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

/** The account as the policy sees it (owner + team), locked for the rest of the transaction. */
export async function lockAccountForPolicy(tx: Tx, id: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, id)).for("update");
  if (!row) return null;
  const team = await tx
    .select({ userId: accountTeam.userId })
    .from(accountTeam)
    .where(eq(accountTeam.accountId, id));
  return { account: row, teamMemberIds: team.map((t) => t.userId) };
}

export async function accountTeamIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(accountTeam).where(inArray(accountTeam.accountId, ids));
}
