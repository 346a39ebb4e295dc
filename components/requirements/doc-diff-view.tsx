import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { diffText, type DiffSegment, type RequirementDocDiff } from "@/lib/requirements/diff";
import {
  KIND_LABEL_KEYS,
  PRIORITY_LABEL_KEYS,
  ROW_CHANGE_LABEL_KEYS,
  ROW_FIELD_LABEL_KEYS,
  SECTION_LABEL_KEYS,
  STATUS_LABEL_KEYS,
  type RequirementRow,
  type RequirementRowField,
  type RowChange,
} from "@/lib/requirements/model";

const CHANGE_TONES: Record<RowChange, "green" | "red" | "amber" | "slate"> = {
  added: "green",
  removed: "red",
  changed: "amber",
  unchanged: "slate",
};

/** One side of a text diff: the older side shows deletions, the newer side insertions. */
function Side({
  segments,
  side,
  labels,
}: {
  segments: DiffSegment[];
  side: "before" | "after";
  labels: { inserted: string; deleted: string };
}) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === "equal" ? (
          <span key={i}>{s.text}</span>
        ) : s.op === "delete" && side === "before" ? (
          <del key={i} title={labels.deleted} className="bg-red-100 text-red-900 line-through">
            {s.text}
          </del>
        ) : s.op === "insert" && side === "after" ? (
          <ins
            key={i}
            title={labels.inserted}
            className="bg-emerald-100 text-emerald-900 underline"
          >
            {s.text}
          </ins>
        ) : null,
      )}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"requirements">>>;

function fieldText(
  t: T,
  row: RequirementRow,
  field: RequirementRowField,
  names: ReadonlyMap<string, string>,
) {
  switch (field) {
    case "kind":
      return t(KIND_LABEL_KEYS[row.kind]);
    case "priority":
      return t(PRIORITY_LABEL_KEYS[row.priority]);
    case "status":
      return t(STATUS_LABEL_KEYS[row.status]);
    case "sourceStakeholderId":
      return row.sourceStakeholderId
        ? (names.get(row.sourceStakeholderId) ?? "")
        : t("form.noSource");
    default:
      return row[field];
  }
}

const FIELDS: RequirementRowField[] = [
  "title",
  "kind",
  "priority",
  "acceptanceCriteria",
  "sourceStakeholderId",
  "status",
];

/** A requirement as it reads in one version, changed fields marked, text edits highlighted. */
function RowCell({
  t,
  row,
  other,
  side,
  changed,
  names,
  labels,
  badge,
}: {
  t: T;
  badge: ReactNode;
  row: RequirementRow | undefined;
  other: RequirementRow | undefined;
  side: "before" | "after";
  changed: ReadonlySet<RequirementRowField>;
  names: ReadonlyMap<string, string>;
  labels: { inserted: string; deleted: string };
}) {
  if (!row) return <td className="p-2 align-top text-slate-400">—</td>;
  return (
    <td className="p-2 align-top">
      {badge}
      <dl className="space-y-0.5">
        {FIELDS.map((field) => {
          const text = fieldText(t, row, field, names);
          const isText = field === "title" || field === "acceptanceCriteria";
          const mark = changed.has(field);
          return (
            <div key={field} className={mark ? "rounded bg-amber-50" : undefined}>
              <dt className="inline text-slate-500">{t(ROW_FIELD_LABEL_KEYS[field])}: </dt>
              <dd className="inline whitespace-pre-wrap">
                {mark && isText && other ? (
                  <Side
                    segments={
                      side === "before"
                        ? diffText(row[field], other[field])
                        : diffText(other[field], row[field])
                    }
                    side={side}
                    labels={labels}
                  />
                ) : (
                  text
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </td>
  );
}

/** Two versions side by side: every section, then every requirement matched across versions. */
export async function DocDiffView({
  diff,
  from,
  to,
  stakeholderNames,
}: {
  diff: RequirementDocDiff;
  from: number;
  to: number;
  stakeholderNames: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("requirements");
  const labels = { inserted: t("diff.inserted"), deleted: t("diff.deleted") };
  const { summary } = diff;
  const heads = (
    <>
      <th scope="col" className="w-1/2 p-2">
        {t("versions.version", { number: from })}
      </th>
      <th scope="col" className="w-1/2 p-2">
        {t("versions.version", { number: to })}
      </th>
    </>
  );
  return (
    <div className="space-y-6">
      <p className="font-medium">
        {summary.sectionsChanged + summary.added + summary.removed + summary.changed === 0
          ? t("diff.noChanges")
          : t("diff.summary", { sections: summary.sectionsChanged, ...summary })}
      </p>
      <table className="w-full table-fixed border-collapse text-sm">
        <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500">
          <tr>{heads}</tr>
        </thead>
        {/* Sections empty in both versions have nothing to compare. */}
        {diff.sections
          .filter((s) => s.segments.some((seg) => seg.text.trim()))
          .map((s) => (
            <tbody key={s.section} className="border-b border-slate-200">
              <tr>
                <th
                  colSpan={2}
                  scope="colgroup"
                  className="bg-slate-50 p-2 text-left font-semibold"
                >
                  {t(SECTION_LABEL_KEYS[s.section])}{" "}
                  <Badge tone={s.changed ? "amber" : "slate"}>
                    {s.changed ? t("diff.changed") : t("compare.unchanged")}
                  </Badge>
                </th>
              </tr>
              <tr>
                {(["before", "after"] as const).map((side) => (
                  <td key={side} className="whitespace-pre-wrap p-2 align-top">
                    {s.segments.length === 0 ? (
                      <span className="text-slate-400">{t("compare.empty")}</span>
                    ) : (
                      <Side segments={s.segments} side={side} labels={labels} />
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          ))}
      </table>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("compare.requirementsTitle")}</h2>
        {diff.requirements.length === 0 ? (
          <p className="text-sm text-slate-500">{t("requirements.empty")}</p>
        ) : (
          <table className="w-full table-fixed border-collapse text-sm">
            <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500">
              <tr>{heads}</tr>
            </thead>
            <tbody>
              {diff.requirements.map((r) => {
                const before = r.change === "added" ? undefined : r.before;
                const after = r.change === "removed" ? undefined : r.after;
                const changed = new Set(r.change === "changed" ? r.changedFields : []);
                const cell = { t, changed, names: stakeholderNames, labels };
                const badge = (
                  <Badge tone={CHANGE_TONES[r.change]}>{t(ROW_CHANGE_LABEL_KEYS[r.change])}</Badge>
                );
                const removed = r.change === "removed";
                return (
                  <tr
                    key={r.id}
                    className={cn(
                      "border-b border-slate-100",
                      r.change === "added" && "bg-emerald-50",
                      removed && "bg-red-50",
                    )}
                  >
                    <RowCell
                      {...cell}
                      row={before}
                      other={after}
                      side="before"
                      badge={removed ? badge : null}
                    />
                    <RowCell
                      {...cell}
                      row={after}
                      other={before}
                      side="after"
                      badge={removed ? null : badge}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
