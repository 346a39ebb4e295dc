import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import type { accountHistory, accountTransitions } from "@/db/queries/history";
import { describeAudit, type AuditWords } from "@/lib/audit/describe";
import { stepLabel, templateName } from "@/lib/schedule/labels";
import { fieldChanges, type FieldChange, type HistoryContext } from "./history-values";

type Transition = Awaited<ReturnType<typeof accountTransitions>>[number];
type AuditEntry = Awaited<ReturnType<typeof accountHistory>>[number];
type Item = { key: string; at: Date; who: string | null; body: ReactNode };
type Props = {
  /** Every move of the account (each tells how long the stage before it lasted). */
  transitions: Transition[];
  /** The moves shown: those of the page's span of time (all when there is one page). */
  showMove?: (at: Date) => boolean;
  audit: AuditEntry[];
  reference: Map<number, string>;
  people: Map<string, string>;
};

function Changes({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="text-slate-500">{c.label}:</span>{" "}
          <del className="text-slate-500">{c.before}</del> <span aria-hidden="true">→</span>{" "}
          <ins className="no-underline">{c.after}</ins>
        </li>
      ))}
    </ul>
  );
}

/**
 * The account's story, newest first: stage moves (with the time spent in the
 * stage left and any override) merged with field edits, stakeholder changes,
 * reassignments and code edits from the audit log.
 */
export async function HistoryTimeline({
  transitions,
  showMove = () => true,
  audit,
  reference,
  people,
}: Props) {
  const [t, th, ts, tsched, format, locale] = await Promise.all([
    getTranslations(),
    getTranslations("account.history"),
    getTranslations("stages"),
    getTranslations("schedule"),
    getFormatter(),
    getLocale(),
  ]);
  const ctx: HistoryContext = { t, format, reference, people };
  const days = (value: number) =>
    th("days", { count: value, days: format.number(value, { maximumFractionDigits: 1 }) });
  const sep = locale === "en" ? ", " : "、";
  const names = (ids: unknown) =>
    Array.isArray(ids) && ids.length
      ? ids.map((id) => people.get(String(id)) ?? th("formerUser")).join(sep)
      : th("empty");

  const words: AuditWords = {
    money: (minor, currency) =>
      minor == null
        ? th("empty")
        : format.number(
            minor / 100,
            currency
              ? { style: "currency", currency }
              : { minimumFractionDigits: 2, maximumFractionDigits: 2 },
          ),
    date: (iso) =>
      iso
        ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
        : th("empty"),
    stepLabel: (key, label) => stepLabel(tsched as (key: string) => string, key, label),
    templateName: (name) => templateName(tsched as (key: string) => string, name),
    stage: (code) => (code ? ts(`stage.${code}` as never) : th("empty")),
    none: th("empty"),
  };

  const moves: Item[] = transitions.map((tr, i) => {
    const previous = transitions[i - 1];
    const stayed = previous?.durationDays;
    return {
      key: `t${tr.id}`,
      at: tr.at,
      who: tr.byName,
      body: (
        <>
          <p className="font-medium">
            {tr.kind === "create" || !tr.fromStage
              ? th("created", { stage: ts(`stage.${tr.toStage}`) })
              : th("moved", {
                  kind: ts(`moveKind.${tr.kind}`),
                  from: ts(`stage.${tr.fromStage}`),
                  to: ts(`stage.${tr.toStage}`),
                })}{" "}
            {tr.override ? <Badge tone="red">{th("override")}</Badge> : null}
          </p>
          {tr.fromStage && stayed != null ? (
            <p className="text-sm text-slate-600">
              {th("stayed", { stage: ts(`stage.${tr.fromStage}`), duration: days(stayed) })}
            </p>
          ) : null}
          {tr.churnType ? (
            <p className="text-sm">{th("churnType", { type: ts(`churnType.${tr.churnType}`) })}</p>
          ) : null}
          {tr.note ? (
            <p className="mt-1 whitespace-pre-line border-l-2 border-slate-300 pl-2 text-sm">
              <span className="text-slate-500">{th(tr.override ? "overrideReason" : "note")}</span>{" "}
              {tr.note}
            </p>
          ) : null}
        </>
      ),
    };
  });

  const edits: Item[] = audit
    .filter((row) => !(row.entity === "account" && row.action === "move"))
    .map((row) => {
      const before = (row.before ?? {}) as Record<string, unknown>;
      const after = (row.after ?? {}) as Record<string, unknown>;
      const line = describeAudit(row, words);
      const known = `${row.entity}.${row.action}`;
      let changes: FieldChange[] = [];
      if (known === "account.update") changes = fieldChanges(ctx, "account", before, after);
      if (known === "stakeholder.update") changes = fieldChanges(ctx, "stakeholder", before, after);
      if (known === "activity.update") {
        // Who took part is named on the Activities tab; the delay is in the line itself.
        const skip = ["contactIds", "participantIds", "filingDelayMinutes"];
        changes = fieldChanges(ctx, "activity", before, after, skip);
      }
      if (known === "account.assign") {
        changes = fieldChanges(ctx, "account", before, after, ["team"]);
        if (JSON.stringify(before.team) !== JSON.stringify(after.team)) {
          changes.push({
            field: "team",
            label: th("team"),
            before: names(before.team),
            after: names(after.team),
          });
        }
      }
      const body = (
        <>
          <p className="font-medium">{th(line.key as never, line.params as never)}</p>
          <Changes changes={changes} />
        </>
      );
      return { key: `a${row.id}`, at: row.at, who: row.actorName, body };
    });

  const items = [...moves.filter((m) => showMove(m.at)), ...edits].sort(
    (a, b) => b.at.getTime() - a.at.getTime(),
  );
  if (items.length === 0) return <p className="text-sm text-slate-600">{th("none")}</p>;

  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label={th("title")}>
      {items.map((item) => (
        <li key={item.key} className="relative">
          <span
            aria-hidden="true"
            className="absolute -left-[1.4rem] top-1.5 size-2.5 rounded-full bg-slate-400"
          />
          <p className="text-xs text-slate-500">
            <time dateTime={item.at.toISOString()}>
              {format.dateTime(item.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            {" · "}
            {item.who ?? th("system")}
          </p>
          {item.body}
        </li>
      ))}
    </ol>
  );
}
