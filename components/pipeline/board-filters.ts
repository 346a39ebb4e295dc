import { GRADES, type Grade } from "@/db/schema/accounts";
import type { AccountListFilters } from "@/db/queries/accounts-shared";

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The board's URL filters (`owner` — a user's id or `none` for accounts nobody owns —,
 * `grade`, `industry`, `overdue=1`); anything malformed is ignored.
 */
export function parseBoardFilters(params: SearchParams): AccountListFilters {
  const owner = one(params.owner);
  const grade = one(params.grade);
  const industry = Number(one(params.industry));
  return {
    ownerId: owner && UUID.test(owner) ? owner : undefined,
    unowned: owner === "none" || undefined,
    grade: (GRADES as readonly string[]).includes(grade ?? "") ? (grade as Grade) : undefined,
    industryId: Number.isInteger(industry) && industry > 0 ? industry : undefined,
    overdue: one(params.overdue) === "1" || undefined,
  };
}

/** The same filters as a query string for links (e.g. to the account list of one stage). */
export function boardFilterQuery(filters: AccountListFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.ownerId) query.set("owner", filters.ownerId);
  if (filters.unowned) query.set("owner", "none");
  if (filters.grade) query.set("grade", filters.grade);
  if (filters.industryId) query.set("industry", String(filters.industryId));
  if (filters.overdue) query.set("overdue", "1");
  return query;
}
