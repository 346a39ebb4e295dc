import "server-only";
import type { getFormatter, getTranslations } from "next-intl/server";

type T = Awaited<ReturnType<typeof getTranslations<never>>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export type HistoryContext = {
  t: T;
  format: Format;
  /** Reference item id → label in the user's language. */
  reference: Map<number, string>;
  /** User id → name. */
  people: Map<string, string>;
};

export type FieldChange = { field: string; label: string; before: string; after: string };

const ACCOUNT_ENUMS: Record<string, string> = {
  grade: "accounts.grade",
  type: "accounts.type",
  status: "accounts.status",
};
const STAKEHOLDER_ENUMS: Record<string, string> = {
  side: "account.stakeholders.side",
  decisionRole: "account.stakeholders.role",
  attitude: "account.stakeholders.attitude",
};
const ACTIVITY_ENUMS: Record<string, string> = { type: "account.activities.type" };
const ENUMS: Record<string, Record<string, string>> = {
  stakeholder: STAKEHOLDER_ENUMS,
  activity: ACTIVITY_ENUMS,
};
const FIELD_LABELS: Record<string, string> = {
  stakeholder: "account.stakeholders.field",
  activity: "account.activities.field",
};
const REFERENCE_FIELDS = new Set(["industryId", "sourceId", "areaId"]);

/** Label of a field in the user's language, or its raw name if the catalog does not know it. */
function fieldLabel(ctx: HistoryContext, entity: string, field: string) {
  const key = `${FIELD_LABELS[entity] ?? "accounts.field"}.${field}`;
  return ctx.t.has(key) ? ctx.t(key) : field;
}

/** One before/after value as a reader would say it: labels for codes, names for ids. */
export function valueText(
  ctx: HistoryContext,
  entity: string,
  field: string,
  value: unknown,
): string {
  const none = ctx.t("account.history.empty");
  if (value === null || value === undefined || value === "") return none;
  const enums = ENUMS[entity] ?? ACCOUNT_ENUMS;
  const prefix = enums[field];
  if (prefix && typeof value === "string") {
    const key = `${prefix}.${value}`;
    return ctx.t.has(key) ? ctx.t(key) : value;
  }
  if (typeof value === "boolean") return ctx.t(value ? "common.common.yes" : "common.common.no");
  if (REFERENCE_FIELDS.has(field)) return ctx.reference.get(Number(value)) ?? String(value);
  if (field === "ownerId" && typeof value === "string") return ctx.people.get(value) ?? none;
  if (field === "specialDates" && Array.isArray(value)) {
    const list = value as { label?: string; date?: string }[];
    return list.map((d) => `${d.label ?? ""} ${d.date ?? ""}`.trim()).join("; ") || none;
  }
  if (field === "occurredAt" && typeof value === "string") {
    return ctx.format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" });
  }
  if (typeof value === "number") return ctx.format.number(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The fields a before/after pair changed, skipping bookkeeping keys like `name`. */
export function fieldChanges(
  ctx: HistoryContext,
  entity: string,
  before: unknown,
  after: unknown,
  skip: readonly string[] = [],
): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (f) => !skip.includes(f),
  );
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({
      field,
      label: fieldLabel(ctx, entity, field),
      before: valueText(ctx, entity, field, b[field]),
      after: valueText(ctx, entity, field, a[field]),
    }));
}

/** The user ids an audit row mentions, to resolve their names in one query. */
export function mentionedUserIds(rows: { before: unknown; after: unknown }[]): string[] {
  const ids: string[] = [];
  for (const row of rows) {
    for (const side of [row.before, row.after] as Record<string, unknown>[]) {
      if (!side || typeof side !== "object") continue;
      if (typeof side.ownerId === "string") ids.push(side.ownerId);
      if (Array.isArray(side.team)) ids.push(...side.team.filter((x) => typeof x === "string"));
    }
  }
  return ids;
}
