import type { Grade } from "@/db/schema/accounts";
import type { DashboardFilters } from "@/db/queries/dashboards-types";
import { addDays, daysBetween, isIsoDate } from "@/lib/dates";
import { isAbcClass } from "@/lib/value/abc";

/** The schema's grades, repeated so this client-side module does not bundle the schema. */
export const DASHBOARD_GRADES = [
  "important",
  "normal",
  "potential",
] as const satisfies readonly Grade[];

export type SearchParams = Record<string, string | string[] | undefined>;

export const RANGE_KEYS = ["last30", "last90", "last365", "quarter", "year", "custom"] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
export const DEFAULT_RANGE: RangeKey = "last90";
/** Longest custom period, so a typo like 1025-01-01 cannot ask for a thousand years. */
export const MAX_SPAN_DAYS = 3660;

export type DashboardQuery = DashboardFilters & { range: RangeKey };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isDay = (value: string | undefined): value is string => !!value && isIsoDate(value);

/** The days a relative range covers, ending today. */
export function rangeDays(range: Exclude<RangeKey, "custom">, today: string) {
  const [year, month] = today.split("-").map(Number) as [number, number];
  switch (range) {
    case "last30":
      return { from: addDays(today, -29), to: today };
    case "last90":
      return { from: addDays(today, -89), to: today };
    case "last365":
      return { from: addDays(today, -364), to: today };
    case "quarter": {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: `${year}-${String(first).padStart(2, "0")}-01`, to: today };
    }
    case "year":
      return { from: `${year}-01-01`, to: today };
  }
}

const positiveInt = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The dashboard filters from the URL: `range` (relative) or `from`/`to` (absolute
 * days, which win), `owner`, `industry`, `grade`, `source`, `class` (A/B/C: read
 * by the views that list it in DASHBOARD_VIEWS). Malformed values are
 * ignored, so a hand-edited URL still shows a dashboard.
 */
export function parseDashboardQuery(params: SearchParams, today: string): DashboardQuery {
  const rawFrom = one(params.from);
  const rawTo = one(params.to);
  let period: { range: RangeKey; from: string; to: string };
  if (isDay(rawFrom) || isDay(rawTo)) {
    let to = isDay(rawTo) ? rawTo : today;
    let from = isDay(rawFrom) ? rawFrom : addDays(to, -89);
    if (from > to) [from, to] = [to, from];
    if (daysBetween(from, to) >= MAX_SPAN_DAYS) from = addDays(to, -(MAX_SPAN_DAYS - 1));
    period = { range: "custom", from, to };
  } else {
    const raw = one(params.range);
    const range =
      RANGE_KEYS.includes(raw as RangeKey) && raw !== "custom"
        ? (raw as Exclude<RangeKey, "custom">)
        : (DEFAULT_RANGE as Exclude<RangeKey, "custom">);
    period = { range, ...rangeDays(range, today) };
  }
  const owner = one(params.owner);
  const grade = one(params.grade);
  const abcClass = one(params.class);
  return {
    ...period,
    ownerId: owner && UUID.test(owner) ? owner.toLowerCase() : undefined,
    industryId: positiveInt(one(params.industry)),
    grade: (DASHBOARD_GRADES as readonly string[]).includes(grade ?? "")
      ? (grade as Grade)
      : undefined,
    sourceId: positiveInt(one(params.source)),
    abcClass: isAbcClass(abcClass) ? abcClass : undefined,
  };
}

/** The query as URL parameters: relative ranges stay relative, so a bookmark keeps moving. */
export function dashboardSearch(query: DashboardQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.range === "custom") {
    search.set("from", query.from);
    search.set("to", query.to);
  } else if (query.range !== DEFAULT_RANGE) search.set("range", query.range);
  if (query.ownerId) search.set("owner", query.ownerId);
  if (query.industryId) search.set("industry", String(query.industryId));
  if (query.grade) search.set("grade", query.grade);
  if (query.sourceId) search.set("source", String(query.sourceId));
  if (query.abcClass) search.set("class", query.abcClass);
  return search;
}

/** `?…` suffix for links, or nothing. */
export const withSearch = (path: string, search: URLSearchParams) => {
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};
