"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState, useTransition } from "react";
import { deleteCostLineAction } from "@/app/(app)/accounts/[id]/cost/actions";
import type { CostLineFormInput } from "@/lib/validations/cost";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { formatMoney } from "@/lib/cost/money";
import {
  COST_CATEGORY_LABEL_KEYS,
  COST_KIND_LABEL_KEYS,
  reopenWarning,
  type CostPlanStatus,
} from "@/lib/cost/plan-state";
import { CostLineForm } from "./cost-line-form";
import { TableScroll } from "@/components/ui/table-scroll";

export type CostLineView = {
  id: string;
  version: number;
  kind: CostLineFormInput["kind"];
  category: CostLineFormInput["category"];
  description: string;
  plannedMinor: number;
  actualMinor: number | null;
  hoursHundredths: number | null;
  rateMinor: number | null;
  date: string | null;
  note: string;
  /** The same line as form text, to edit it. */
  values: CostLineFormInput;
};

/** Cost lines with planned and actual amounts; rows open in place for editing. */
export function CostLineTable({
  accountId,
  currency,
  lines,
  editable,
  planStatus,
}: {
  accountId: string;
  currency: string;
  lines: CostLineView[];
  editable: boolean;
  /** A submitted or approved plan: removing a line returns it to draft, said before it happens. */
  planStatus?: CostPlanStatus;
}) {
  const warning = reopenWarning(planStatus);
  const t = useTranslations("cost");
  const common = useTranslations("common");
  const format = useFormatter();
  const locale = useLocale();
  const errorText = useErrorText("cost");
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "warning" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const money = (minor: number) => formatMoney(minor, currency, locale);

  const remove = (line: CostLineView) => {
    const name = line.description || t(COST_CATEGORY_LABEL_KEYS[line.category]);
    const question = t("actions.confirmRemove", { name });
    if (!window.confirm(warning ? `${question}\n\n${t(warning)}` : question)) return;
    startTransition(async () => {
      setNotice(null);
      const result = await deleteCostLineAction({ accountId, id: line.id, version: line.version });
      if (!result.ok) {
        setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
        return;
      }
      if (result.data.reopened) setNotice({ tone: "warning", text: t("notices.reopened") });
      router.refresh();
    });
  };

  if (lines.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const columns = editable ? 8 : 7;
  return (
    <div className="space-y-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <TableScroll label={t("linesCaption")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("linesCaption")}</caption>
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("fields.kind")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.category")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.description")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.date")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("fields.planned")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("fields.actual")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.note")}
              </th>
              {editable ? (
                <th scope="col" className="py-2 print:hidden">
                  {t("fields.actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const name = line.description || t(COST_CATEGORY_LABEL_KEYS[line.category]);
              return (
                <Fragment key={line.id}>
                  <tr className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">{t(COST_KIND_LABEL_KEYS[line.kind])}</td>
                    <td className="py-2 pr-3">{t(COST_CATEGORY_LABEL_KEYS[line.category])}</td>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {line.description || common("common.none")}
                      {line.hoursHundredths !== null && line.rateMinor !== null ? (
                        <span className="block text-xs font-normal text-slate-500">
                          {t("fields.staffCost", {
                            hours: line.hoursHundredths / 100,
                            rate: money(line.rateMinor),
                            amount: money(line.plannedMinor),
                          })}
                        </span>
                      ) : null}
                    </th>
                    <td className="whitespace-nowrap py-2 pr-3">
                      {line.date
                        ? format.dateTime(new Date(`${line.date}T00:00:00Z`), {
                            dateStyle: "medium",
                            timeZone: "UTC",
                          })
                        : common("common.none")}
                    </td>
                    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">
                      {money(line.plannedMinor)}
                    </td>
                    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">
                      {line.actualMinor === null ? (
                        <span className="text-slate-500">{t("fields.notReported")}</span>
                      ) : (
                        money(line.actualMinor)
                      )}
                    </td>
                    <td className="max-w-xs whitespace-pre-line py-2 pr-3 text-slate-700">
                      {line.note}
                    </td>
                    {editable ? (
                      <td className="whitespace-nowrap py-2 print:hidden">
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-expanded={editing === line.id}
                          aria-label={t("actions.editNamed", { name })}
                          onClick={() => setEditing(editing === line.id ? null : line.id)}
                        >
                          {common("actions.edit")}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={pending}
                          aria-label={t("actions.removeNamed", { name })}
                          onClick={() => remove(line)}
                        >
                          {common("actions.delete")}
                        </Button>
                      </td>
                    ) : null}
                  </tr>
                  {editable && editing === line.id ? (
                    <tr className="border-b border-slate-100 bg-slate-50">
                      <td colSpan={columns} className="p-3">
                        <CostLineForm
                          accountId={accountId}
                          currency={currency}
                          line={{ id: line.id, version: line.version, values: line.values }}
                          planStatus={planStatus}
                          onDone={(reopened) => {
                            setEditing(null);
                            setNotice(
                              reopened ? { tone: "warning", text: t("notices.reopened") } : null,
                            );
                          }}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
