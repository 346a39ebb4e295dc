import "server-only";
import { aliasedTable, and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { db, type Tx } from "@/db";
import {
  accounts,
  accountTeam,
  referenceItems,
  stageSettings,
  users,
  type Grade,
} from "@/db/schema";
import { seesAllAccounts, type Actor } from "@/lib/policy";
import {
  DEFAULT_EXPECTED_DAYS,
  PIPELINE_STAGES,
  type PipelineStage,
  type Stage,
} from "@/lib/stages/stages";
import { visibleAccounts } from "./visibility";

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

/**
 * getExpectedDays once per server render: the list, the board and the account page
 * read it, and a page can start it before it knows the user.
 */
export const expectedDaysForRequest = cache(() => getExpectedDays());

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
  /** Only accounts nobody owns yet. */
  unowned?: boolean;
  industryId?: number;
  sourceId?: number;
  status?: "active" | "inactive";
  overdue?: boolean;
  archived?: boolean;
};
export type AccountSort = "name" | "created" | "stageAge";
export type AccountCursor = { v: string; id: string };

/** Every filter but the search. */
function baseConditions(
  actor: Actor,
  f: AccountListFilters,
  expected: Record<PipelineStage, number | null>,
): SQL[] {
  const where: (SQL | undefined)[] = [visibleAccounts(actor)];
  where.push(f.archived ? sql`${accounts.archivedAt} is not null` : isNull(accounts.archivedAt));
  if (f.stage) where.push(eq(accounts.stage, f.stage));
  if (f.grade) where.push(eq(accounts.grade, f.grade));
  if (f.ownerId) where.push(eq(accounts.ownerId, f.ownerId));
  if (f.unowned) where.push(isNull(accounts.ownerId));
  if (f.industryId) where.push(eq(accounts.industryId, f.industryId));
  if (f.sourceId) where.push(eq(accounts.sourceId, f.sourceId));
  if (f.status) where.push(eq(accounts.status, f.status));
  if (f.overdue) where.push(overdueSql(expected));
  return where.filter((w): w is SQL => !!w);
}

function filterConditions(
  actor: Actor,
  f: AccountListFilters,
  expected: Record<PipelineStage, number | null>,
): SQL[] {
  const q = f.q?.trim();
  if (!q) return baseConditions(actor, f, expected);
  const { test, index } = searchConditions(q);
  return [...baseConditions(actor, f, expected), test, index];
}

/** The index expression of accounts_name_grams_idx (migration 0003). */
const nameGrams = sql`account_name_grams(${accounts.name})`;
const holdsAll = (grams: string[]) =>
  sql`${nameGrams} @> array[${sql.join(
    grams.map((g) => sql`${g}`),
    sql`, `,
  )}]::text[]`;

/**
 * Search: an exact code, phone or e-mail (any case); the name containing the query (any
 * case; % and _ are literal); or a fuzzy name match (`hanziRule` for Chinese, pg_trgm
 * for other scripts).
 *
 * Returned as two conditions. The first decides, and is cheap to test on a row. The
 * second follows from the first and is what the indexes serve: its name conditions are
 * on account_name_grams(name), the characters and adjacent character pairs of
 * lower(name), in the GIN index accounts_name_grams_idx. That works for any script in
 * any database locale (pg_trgm sees no words in Chinese text under the C locale). When
 * PostgreSQL finds the candidates through the indexes it does not test the second
 * condition again, so no row's grams are computed at query time.
 */
function searchConditions(q: string): { test: SQL; index: SQL; trigrams: boolean } {
  const exact = [
    eq(accounts.code, q),
    eq(accounts.phone, q),
    eq(sql`lower(${accounts.email})`, q.toLowerCase()),
  ];
  const pattern = `%${q.replace(/[%_\\]/g, "\\$&")}%`;
  const test = [...exact, sql`${accounts.name} ilike ${pattern}`];
  const index = [...exact, sql`${nameGrams} @> account_name_query_grams(${q})`];
  const hanzi = hanziRule(q);
  const trigrams = !hanzi && [...q].some((c) => OTHER_WORD_CHAR.test(c) && !HANZI.test(c));
  if (hanzi) {
    test.push(hanzi.test);
    index.push(hanzi.candidates);
  } else if (trigrams) {
    // Trigrams for Latin and other scripts. A query of Chinese characters alone gives
    // pg_trgm no words under the C locale, and under others nothing that containment
    // does not find; it would only cost time on every row a plan reads.
    const similar = [sql`${accounts.name} % ${q}`, sql`${q} <% ${accounts.name}`];
    test.push(...similar);
    index.push(...similar);
  }
  return { test: or(...test)!, index: or(...index)!, trigrams };
}

const HANZI = /\p{Script=Han}/u;
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Words nearly every company name has; they would make any two names look alike. */
const GENERIC_HANZI = /股份有限公司|有限责任公司|有限公司|分公司|集团|公司|股份/g;

/**
 * Fuzzy match for Chinese names. A Chinese name is one long "word" to pg_trgm, so one
 * wrong character (华采 for 华彩) leaves almost no trigram in common. Instead a name
 * matches when it holds ¾ of the query's characters and ⅓ of its adjacent pairs
 * (the pairs keep 杭州湖畔涂料 from matching 杭州西湖涂装材料). `candidates` is a gram
 * condition every such name meets.
 */
function hanziRule(q: string): { test: SQL; candidates: SQL } | null {
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
  const leastChars = Math.ceil(unique.length * 0.75);
  const leastPairs = Math.ceil(pairs.length / 3);
  const enoughChars = sql`(${hits(unique)}) >= ${leastChars}`;
  const test =
    pairs.length === 0 ? enoughChars : sql`(${enoughChars} and (${hits(pairs)}) >= ${leastPairs})`;
  // Gram sets of which every matching name holds one. At least 3 characters are
  // needed: with one pair needed, that pair and one more character; otherwise two of
  // the needed pairs (or characters, when the query has no pairs).
  const sets =
    pairs.length === 0
      ? twoInAGroup(unique, leastChars)
      : leastPairs === 1
        ? pairs.flatMap((p) => unique.filter((c) => !p.includes(c)).map((c) => [p, c]))
        : twoInAGroup(pairs, leastPairs);
  return { test, candidates: sql`(${sql.join(sets.map(holdsAll), sql` or `)})` };
}

/**
 * Two-item sets of which anything holding at least `least` (≥ 2) of `items` holds one:
 * spread over `least` − 1 groups, two of the items it holds share a group. About 1.5
 * sets per item, where all pairs of items would grow with the square.
 */
function twoInAGroup(items: string[], least: number): string[][] {
  const groups = Array.from({ length: least - 1 }, (_, g) =>
    items.filter((_, i) => i % (least - 1) === g),
  );
  return groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => [a, b])));
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

/**
 * A search first looks for its page among the first SEARCH_SCAN accounts the list shows
 * without it (reading at most SEARCH_READ accounts for them, when other filters or a
 * manager's scope leave few). A search that matches often finds it there, and so reads
 * little; otherwise it reads all its matches through the indexes and sorts them.
 * PostgreSQL's own choice, reading in order until the page is full, guesses that matches
 * are spread evenly; but they often sit together (names begin with the city), and it
 * then reads most of the table for a few hundred matches.
 */
const SEARCH_SCAN = 500; // a fifth of it when the test has trigram similarity, ~10 µs a row
const SEARCH_READ = 2000;

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
  const expected = await expectedDaysForRequest();
  const base = and(...baseConditions(actor, filters, expected));
  const dir = SORT_DIR[sort];
  const col = sortColumn(sort);
  let keyset: SQL | undefined;
  if (after) {
    const value = sort === "name" ? sql`${after.v}` : sql`${after.v}::timestamptz`;
    const cmp = dir === "asc" ? sql`>` : sql`<`;
    keyset = sql`(${col} ${cmp} ${value} or (${col} = ${value} and ${accounts.id} > ${after.id}))`;
  }
  const order = (key: SQL | typeof col) => [dir === "asc" ? asc(key) : desc(key), asc(accounts.id)];
  const pageOf = (from: typeof accounts | ReturnType<typeof firstRows>, condition?: SQL) =>
    db
      .select({
        ...accountSummaryColumns,
        overdue: overdueSql(expected),
        sortValue: cursorText(sort),
      })
      .from(from)
      .leftJoin(owner, eq(owner.id, accounts.ownerId))
      .leftJoin(industry, eq(industry.id, accounts.industryId))
      .where(condition)
      .orderBy(...order(col))
      .limit(limit + 1);
  // The first accounts in list order (past the cursor), at most SEARCH_READ of them and
  // SEARCH_SCAN (`scan`) after the other filters, named "accounts" so that the columns
  // and conditions of accounts apply to them as they are.
  const firstRows = (scan: number) => {
    const read = db
      .select()
      .from(accounts)
      .where(keyset)
      .orderBy(...order(col))
      .limit(SEARCH_READ)
      .as("accounts");
    return db
      .select()
      .from(read)
      .where(base)
      .orderBy(...order(col))
      .limit(scan)
      .as("accounts");
  };

  const q = filters.q?.trim();
  let rows: Awaited<ReturnType<typeof pageOf>>;
  if (!q) {
    rows = await pageOf(accounts, and(base, keyset));
  } else {
    const { test, index, trigrams } = searchConditions(q);
    // Matches among the first accounts in order are the first matches: if there are
    // limit + 1 of them, they are the page.
    rows = await pageOf(firstRows(trigrams ? SEARCH_SCAN / 5 : SEARCH_SCAN), test);
    if (rows.length <= limit) {
      // All matches through the indexes, then sorted: the sort key is an expression
      // that no index provides, so PostgreSQL cannot read in order instead.
      const unindexed = sort === "name" ? sql`(${col} || '')` : sql`(${col} + interval '0 s')`;
      const ids = db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(base, keyset, test, index))
        .orderBy(...order(unindexed))
        .limit(limit + 1);
      rows = await pageOf(accounts, inArray(accounts.id, ids));
    }
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > limit && last ? { v: last.sortValue, id: last.id } : null,
  };
}

/** No filter narrows the board (a grade leaves a third): most accounts of each stage are on it. */
function broadBoard(actor: Actor, f: AccountListFilters) {
  return (
    seesAllAccounts(actor) &&
    !f.q &&
    !f.ownerId &&
    !f.unowned &&
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
    .select({ ...accountSummaryColumns, overdue: overdueSql(expected) })
    .from(firstIds)
    .innerJoin(accounts, eq(accounts.id, firstIds.id))
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .orderBy(asc(accounts.stageEnteredAt));
  const [counts, cards] = await Promise.all([countsQuery, cardsQuery]);
  return { counts, cards };
}

/** One account with its reference labels and team, or null when the caller may not see it. */
export async function getAccount({ actor, id }: { actor: Actor; id: string }) {
  const expected = await expectedDaysForRequest();
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
    .where(and(eq(accounts.id, id), visibleAccounts(actor)))
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
