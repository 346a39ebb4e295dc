import { z } from "zod";
import type { AccountCursor, AccountListFilters, AccountSort } from "@/db/queries/accounts-shared";
import { ACCOUNT_STATUSES, GRADES } from "@/db/schema/accounts";
import { STAGES } from "@/lib/stages/stages";
import { ABC_CLASSES } from "@/lib/value/abc";

export type SearchParams = Record<string, string | string[] | undefined>;

export const LIST_SORTS = ["name", "newest", "longest", "abc", "p50"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
const QUERY_SORT: Record<ListSort, AccountSort> = {
  name: "name",
  newest: "created",
  longest: "stageAge",
  abc: "abc",
  p50: "p50",
};

/** The value-class filter: a class, or "none" for accounts not classified yet. */
export const ABC_FILTERS = [...ABC_CLASSES, "none"] as const;

/** The class sort's cursor: the class ("" for none), a colon, the name. */
const CLASS_AND_NAME = /^[ABC]?:/;
/** The P50 sort's: the date ("" once past the dated accounts), a colon, the name. */
const DATE_AND_NAME = /^(\d{4}-\d\d-\d\d)?:/;
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/;
const cursorSchema = z.object({ v: z.string().max(400), id: z.uuid() });

/** Every piece of list state lives in the URL; anything malformed is dropped, not an error. */
const listParamsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  grade: z.enum(GRADES).optional().catch(undefined),
  abc: z.enum(ABC_FILTERS).optional().catch(undefined),
  /** A user's id, or "none" for accounts nobody owns yet. */
  owner: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(undefined),
  industry: z.coerce.number().int().positive().optional().catch(undefined),
  source: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(ACCOUNT_STATUSES).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(LIST_SORTS).default("name").catch("name"),
  after: z.string().max(1000).optional().catch(undefined),
});
export type ListParams = z.output<typeof listParamsSchema>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseListParams(params: SearchParams): ListParams {
  const flat = Object.fromEntries(
    Object.entries(params)
      .map(([key, value]) => [key, one(value)] as const)
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  return listParamsSchema.parse(flat);
}

export function encodeCursor(cursor: AccountCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(raw: string | undefined, sort: ListSort): AccountCursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString()));
    if (!parsed.success) return undefined;
    if (sort === "abc" && !CLASS_AND_NAME.test(parsed.data.v)) return undefined;
    if (sort === "p50" && !DATE_AND_NAME.test(parsed.data.v)) return undefined;
    if (sort !== "name" && sort !== "abc" && sort !== "p50" && !ISO_TIMESTAMP.test(parsed.data.v))
      return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}

/** The arguments for `listAccounts` from the URL state. */
export function toListQuery(params: ListParams): {
  filters: AccountListFilters;
  sort: AccountSort;
  after?: AccountCursor;
} {
  return {
    filters: {
      q: params.q || undefined,
      stage: params.stage,
      grade: params.grade,
      abc: params.abc,
      ownerId: params.owner === "none" ? undefined : params.owner,
      unowned: params.owner === "none" || undefined,
      industryId: params.industry,
      sourceId: params.source,
      status: params.status,
      overdue: params.overdue === "1" || undefined,
      archived: params.archived === "1" || undefined,
    },
    sort: QUERY_SORT[params.sort],
    after: decodeCursor(params.after, params.sort),
  };
}

/** True when anything narrows the list (so an empty result means "no match", not "no accounts"). */
export const hasFilters = (params: ListParams) =>
  !!(
    params.q ||
    params.stage ||
    params.grade ||
    params.abc ||
    params.owner ||
    params.industry ||
    params.source ||
    params.status ||
    params.overdue ||
    params.archived
  );

/** `/accounts?…` for the state with `changes` applied; defaults are left out to keep URLs short. */
export function listHref(params: ListParams, changes: Partial<ListParams> = {}): string {
  const next = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "name") continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/accounts?${text}` : "/accounts";
}

/** The filters and sort of a view as a query string, without the page (for exports and print). */
export const listQuery = (params: ListParams) =>
  listHref(params, { after: undefined }).replace(/^\/accounts\??/, "");
