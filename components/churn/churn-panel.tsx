"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import type { ChurnCase } from "@/db/schema/churn";
import { nextChurnSteps, type ChurnCaseStatus, type PanelStep } from "@/lib/churn/flow";
import { formatMoney } from "@/lib/cost/money";
import { ChurnStepForm, FlagAtRiskForm } from "./churn-forms";

const TONE: Record<ChurnCaseStatus, "amber" | "red" | "blue" | "green" | "slate"> = {
  at_risk: "amber",
  churned: "red",
  win_back: "blue",
  recovered: "green",
  lost: "slate",
};

const DATES = [
  ["atRiskAt", "at_risk"],
  ["churnedAt", "churned"],
  ["winBackAt", "win_back"],
  ["closedAt", "closed"],
] as const;

/**
 * The account's churn and win-back (流失与赢返): the open case with its dated steps
 * and the steps it may take next, the closed cases below. "Churned" is the churn
 * move of the stage panel; recovering a churned account is its reopen move.
 */
export function ChurnPanel({
  accountId,
  accountStage,
  cases,
  canManage,
}: {
  accountId: string;
  accountStage: string;
  cases: ChurnCase[];
  canManage: boolean;
}) {
  const t = useTranslations("value.churn");
  const open = cases.find((c) => ["at_risk", "churned", "win_back"].includes(c.status));
  const closed = cases.filter((c) => c !== open);
  const [form, setForm] = useState<"flag" | PanelStep | null>(null);
  const close = () => setForm(null);
  const canFlag = canManage && !open && accountStage !== "churned" && accountStage !== "dropped";
  const steps = open
    ? nextChurnSteps(open.status).filter((s): s is PanelStep => s !== "churned")
    : [];
  return (
    <section aria-labelledby="churn-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="churn-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        {canFlag && form === null ? (
          <Button variant="secondary" size="sm" onClick={() => setForm("flag")}>
            {t("flag")}
          </Button>
        ) : null}
      </div>
      {form === "flag" ? (
        <FlagAtRiskForm accountId={accountId} onDone={close} onCancel={close} />
      ) : null}
      {open ? (
        <div className="space-y-3 rounded-lg border border-slate-200 p-4">
          <CaseSummary churnCase={open} />
          {open.status === "at_risk" && accountStage === "execution" ? (
            <p className="text-sm text-slate-600">{t("churnHint")}</p>
          ) : null}
          {open.status === "win_back" && accountStage === "churned" ? (
            <p className="text-sm text-slate-600">{t("reopenHint")}</p>
          ) : null}
          {canManage && form === null ? (
            <div className="flex flex-wrap gap-2">
              {steps
                .filter((s) => !(s === "recovered" && accountStage === "churned"))
                .map((s) => (
                  <Button
                    key={s}
                    variant={s === "lost" ? "danger" : "secondary"}
                    size="sm"
                    onClick={() => setForm(s)}
                  >
                    {t(`step.${s}`)}
                  </Button>
                ))}
            </div>
          ) : null}
          {form && form !== "flag" ? (
            <ChurnStepForm
              caseId={open.id}
              version={open.version}
              to={form}
              onDone={close}
              onCancel={close}
            />
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("noOpenCase")}</p>
      )}
      {closed.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            {t("earlier", { count: closed.length })}
          </summary>
          <ul className="mt-2 space-y-2">
            {closed.map((c) => (
              <li key={c.id} className="rounded border border-slate-100 p-3">
                <CaseSummary churnCase={c} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function CaseSummary({ churnCase: c }: { churnCase: ChurnCase }) {
  const t = useTranslations("value.churn");
  const ts = useTranslations("stages");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={TONE[c.status]}>{t(`status.${c.status}`)}</Badge>
        <span>{c.churnType ? ts(`churnType.${c.churnType}`) : t("field.typeUnknown")}</span>
        {c.lostYearlyRevenueMinor !== null ? (
          <span>
            {t("lostYearly", { amount: formatMoney(c.lostYearlyRevenueMinor, c.currency, locale) })}
          </span>
        ) : null}
      </div>
      {c.evidence ? (
        <p className="whitespace-pre-line">
          <span className="font-medium">{t("field.evidence")}: </span>
          {c.evidence}
        </p>
      ) : null}
      {c.note ? (
        <p className="whitespace-pre-line text-slate-700">
          <span className="font-medium">{t("field.note")}: </span>
          {c.note}
        </p>
      ) : null}
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {DATES.filter(([key]) => c[key]).map(([key, label]) => (
          <div key={key} className="flex gap-1">
            <dt>{t(`dates.${label === "closed" ? c.status : label}`)}</dt>
            <dd>{format.dateTime(new Date(c[key]!), { dateStyle: "medium" })}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
