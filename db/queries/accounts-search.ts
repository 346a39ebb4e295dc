import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { accountForecasts, accountPreviousCodes, accounts } from "@/db/schema";
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
  type AccountSort,
} from "./accounts-shared";
import { freshForecast, listByP50, p50Of } from "./account-forecasts";
import { expectedDaysForRequest } from "./stage-settings";

/** The account list: fuzzy and exact search, filters, sorting and keyset paging. */

/** Every filter, the search included. */
export function filterConditions(
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
 * Search: an exact code (current or previous), phone or e-mail (any case); the name containing the query (any
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
export function searchConditions(q: string): { test: SQL; index: SQL; trigrams: boolean } {
  const exact = [
    eq(accounts.code, q),
    // A code the account had before (a new grade changed its letter).
    sql`${accounts.id} = any(array(select ${accountPreviousCodes.accountId} from ${accountPreviousCodes} where ${accountPreviousCodes.code} = ${q}))`,
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
  abc: "asc",
  p50: "asc",
};

/** The column a sort pages on (the class sort pages on name within each class). */
const sortColumn = (sort: AccountSort) =>
  sort === "name" || sort === "abc" || sort === "p50"
    ? accounts.name
    : sort === "created"
      ? accounts.createdAt
      : accounts.stageEnteredAt;

/**
 * The class sort's leading key: A, B, C (the enum's order), then accounts without a
 * class (PostgreSQL puts nulls last in ascending order), as accounts_abc_idx reads.
 * The P50 sort's: the current forecast's date, accounts without one last (exports only;
 * the list pages it in two parts, `listByP50`).
 */
const classFirst = (sort: AccountSort) =>
  sort === "abc" ? [asc(accounts.abcClass)] : sort === "p50" ? [asc(p50Of)] : [];

/** The list's order: its sort column, then id (exports read rows in the same order). */
export const listOrder = (sort: AccountSort) => [
  ...classFirst(sort),
  SORT_DIR[sort] === "asc" ? asc(sortColumn(sort)) : desc(sortColumn(sort)),
  asc(accounts.id),
];

/**
 * The sort value as exact text for the cursor: timestamps keep PostgreSQL's microseconds,
 * which a JS Date would round away (skipping or repeating rows at the page boundary).
 * The class sort's is the class ("" for none), a colon, then the name.
 */
const cursorText = (sort: AccountSort): SQL<string> =>
  sort === "name"
    ? sql<string>`${accounts.name}`
    : sort === "abc"
      ? sql<string>`coalesce(${accounts.abcClass}::text, '') || ':' || ${accounts.name}`
      : sql<string>`to_char(${sortColumn(sort)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Rows after the cursor in list order. */
function afterCursor(sort: AccountSort, after: AccountCursor): SQL {
  const col = sortColumn(sort);
  if (sort === "abc") {
    const colon = after.v.indexOf(":");
    const abc = after.v.slice(0, colon);
    const name = after.v.slice(colon + 1);
    const withinClass = sql`(${accounts.name}, ${accounts.id}) > (${name}, ${after.id}::uuid)`;
    return abc === ""
      ? sql`(${accounts.abcClass} is null and ${withinClass})`
      : sql`((${accounts.abcClass} = ${abc}::abc_class and ${withinClass}) or ${accounts.abcClass} > ${abc}::abc_class or ${accounts.abcClass} is null)`;
  }
  const value = sort === "name" ? sql`${after.v}` : sql`${after.v}::timestamptz`;
  const cmp = SORT_DIR[sort] === "asc" ? sql`>` : sql`<`;
  return sql`(${col} ${cmp} ${value} or (${col} = ${value} and ${accounts.id} > ${after.id}))`;
}

/**
 * The classed accounts after a class sort's cursor in a class (not among the
 * unclassified), as one row comparison: PostgreSQL starts its read of
 * accounts_abc_idx (class, name, id) at the cursor, where the `or` of afterCursor makes
 * it read the index from the top on every page. Unclassified accounts (null) never
 * compare greater; the caller reads them next. Null for a cursor among them.
 */
function classedAfter(after: AccountCursor): SQL | null {
  const colon = after.v.indexOf(":");
  const abc = after.v.slice(0, colon);
  if (abc === "") return null;
  const name = after.v.slice(colon + 1);
  return sql`(${accounts.abcClass}, ${accounts.name}, ${accounts.id}) > (${abc}::abc_class, ${name}, ${after.id}::uuid)`;
}

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

type ListArgs = {
  actor: Actor;
  filters: AccountListFilters;
  sort?: AccountSort;
  after?: AccountCursor;
  limit?: number;
};

/** One page of the account list, keyset-paginated on (sort value, id). */
export async function listAccounts(args: ListArgs) {
  if (args.sort !== "p50") return listSorted(args);
  const expected = await expectedDaysForRequest();
  const q = args.filters.q?.trim();
  const found = q ? searchConditions(q) : null;
  const search = found ? [found.test, found.index] : [];
  return listByP50({ ...args, limit: args.limit ?? 50 }, search, expected, listSorted);
}

/** The sorts on accounts' own columns; `extra` narrows the list (the P50 sort's undated part). */
async function listSorted({
  actor,
  filters,
  sort = "name",
  after,
  limit = 50,
  extra,
}: ListArgs & { extra?: SQL }) {
  const expected = await expectedDaysForRequest();
  const base = and(...baseConditions(actor, filters, expected), extra);
  const dir = SORT_DIR[sort];
  const col = sortColumn(sort);
  const keyset = after ? afterCursor(sort, after) : undefined;
  const order = (key: SQL | typeof col, first = classFirst(sort)) => [
    ...first,
    dir === "asc" ? asc(key) : desc(key),
    asc(accounts.id),
  ];
  const pageOf = (from: typeof accounts | ReturnType<typeof firstRows>, condition?: SQL) =>
    db
      .select({
        ...accountSummaryColumns,
        overdue: overdueSql(expected),
        p50: accountForecasts.p50,
        sortValue: cursorText(sort),
      })
      .from(from)
      .leftJoin(accountForecasts, freshForecast)
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
  const classed = sort === "abc" && after ? classedAfter(after) : null;
  if (!q && classed) {
    // Past a classed cursor: the rest of the classes as one range of accounts_abc_idx,
    // then, when the page is not full, the unclassified accounts from their start.
    rows = await pageOf(accounts, and(base, classed));
    if (rows.length <= limit) {
      const unclassified = await pageOf(accounts, and(base, isNull(accounts.abcClass)));
      rows = [...rows, ...unclassified].slice(0, limit + 1);
    }
  } else if (!q) {
    rows = await pageOf(accounts, and(base, keyset));
  } else {
    const { test, index, trigrams } = searchConditions(q);
    // Matches among the first accounts in order are the first matches: if there are
    // limit + 1 of them, they are the page.
    rows = await pageOf(firstRows(trigrams ? SEARCH_SCAN / 5 : SEARCH_SCAN), test);
    if (rows.length <= limit) {
      // All matches through the indexes, then sorted: the sort key is an expression
      // that no index provides, so PostgreSQL cannot read in order instead.
      const unindexed =
        sort === "created" || sort === "stageAge"
          ? sql`(${col} + interval '0 s')`
          : sql`(${col} || '')`;
      const unindexedClass = sort === "abc" ? [asc(sql`(${accounts.abcClass}::text || '')`)] : [];
      const ids = db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(base, keyset, test, index))
        .orderBy(...order(unindexed, unindexedClass))
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
