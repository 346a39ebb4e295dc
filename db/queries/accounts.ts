import "server-only";
import {
  aliasedTable,
  and,
  asc,
  desc,
  eq,
  ilike,
  inArray,
  isNull,
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
        ...nameFuzzy(q),
      ),
    );
  }
  return where.filter((w): w is SQL => !!w);
}

const HANZI = /\p{Script=Han}/u;
/** Words nearly every company name has; they would make any two names look alike. */
const GENERIC_HANZI = /股份有限公司|有限责任公司|有限公司|分公司|集团|公司|股份/g;

/**
 * Fuzzy match for Chinese names. A Chinese name is one long "word" to pg_trgm, so one
 * wrong character (华采 for 华彩) leaves almost no trigram in common. Instead a name
 * matches when it holds ¾ of the query's characters and ⅓ of its adjacent pairs
 * (the pairs keep 杭州湖畔涂料 from matching 杭州西湖涂装材料).
 */
function hanziOverlap(q: string): SQL | null {
  const chars = [...q.replace(GENERIC_HANZI, " ")].map((c) => (HANZI.test(c) ? c : " "));
  const unique = [...new Set(chars.filter((c) => c !== " "))];
  if (unique.length < 3) return null;
  const pairs = [
    ...new Set(
      chars
        .slice(1)
        .map((c, i) => `${chars[i]}${c}`)
        .filter((p) => !p.includes(" ")),
    ),
  ];
  const hits = (parts: string[]) =>
    sql.join(
      parts.map((part) => sql`(strpos(${accounts.name}, ${part}) > 0)::int`),
      sql` + `,
    );
  const enoughChars = sql`(${hits(unique)}) >= ${Math.ceil(unique.length * 0.75)}`;
  if (pairs.length === 0) return enoughChars;
  return sql`(${enoughChars} and (${hits(pairs)}) >= ${Math.ceil(pairs.length / 3)})`;
}

/** Trigrams for Latin-script names; for Chinese they mostly see the shared 有限公司. */
function nameFuzzy(q: string): SQL[] {
  const hanzi = hanziOverlap(q);
  if (hanzi) return [hanzi];
  return [sql`${accounts.name} % ${q}`, sql`${q} <% ${accounts.name}`];
}

const SORT_DIR: Record<AccountSort, "asc" | "desc"> = {
  name: "asc",
  created: "desc",
  stageAge: "asc",
};

const sortColumn = (sort: AccountSort) =>
  sort === "name"
    ? accounts.name
    : sort === "created"
      ? accounts.createdAt
      : accounts.stageEnteredAt;

/**
 * The sort value as exact text for the cursor: timestamps keep PostgreSQL's microseconds,
 * which a JS Date would round away (skipping or repeating rows at the page boundary).
 */
const cursorText = (sort: AccountSort): SQL<string> =>
  sort === "name"
    ? sql<string>`${accounts.name}`
    : sql<string>`to_char(${sortColumn(sort)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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
  const dir = SORT_DIR[sort];
  const col = sortColumn(sort);
  if (after) {
    const value = sort === "name" ? sql`${after.v}` : sql`${after.v}::timestamptz`;
    const cmp = dir === "asc" ? sql`>` : sql`<`;
    where.push(
      sql`(${col} ${cmp} ${value} or (${col} = ${value} and ${accounts.id} > ${after.id}))`,
    );
  }
  const rows = await db
    .select({
      ...accountSummaryColumns,
      overdue: overdueSql(expected),
      sortValue: cursorText(sort),
    })
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
    next: rows.length > limit && last ? { v: last.sortValue, id: last.id } : null,
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
