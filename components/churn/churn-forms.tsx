"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { churnStepAction, flagAtRiskAction } from "@/app/(app)/accounts/[id]/churn-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useTaskForm } from "@/components/tasks/use-task-form";
import type { PanelStep } from "@/lib/churn/flow";
import { CHURN_TYPES } from "@/lib/stages/stages";
import { atRiskFieldsSchema, churnStepFieldsSchema } from "@/lib/validations/churn";

type Done = { onDone: () => void; onCancel: () => void };

function Actions({
  submitting,
  label,
  onCancel,
}: {
  submitting: boolean;
  label: string;
  onCancel: () => void;
}) {
  const common = useTranslations("common.actions");
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={submitting}>
        {submitting ? common("saving") : label}
      </Button>
      <Button variant="secondary" onClick={onCancel} disabled={submitting}>
        {common("cancel")}
      </Button>
    </div>
  );
}

const FRAME = "space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4";

/** 标记流失风险: what shows the risk (required), a guessed churn type, the yearly revenue at stake. */
export function FlagAtRiskForm({ accountId, onDone, onCancel }: Done & { accountId: string }) {
  const t = useTranslations("value.churn");
  const ts = useTranslations("stages");
  const f = useTaskForm({
    schema: atRiskFieldsSchema,
    defaults: { churnType: "", lostYearlyRevenue: "", evidence: "" },
    prefix: "churn-flag",
    submit: (fields) => flagAtRiskAction({ accountId, fields }),
    onDone,
  });
  const { setFocus } = f.form;
  useEffect(() => setFocus("evidence"), [setFocus]);
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label={t("flagTitle")} className={FRAME}>
      <h3 className="text-base font-semibold">{t("flagTitle")}</h3>
      <Field
        id={f.id("evidence")}
        label={t("field.evidence")}
        hint={t("field.evidenceHint")}
        error={f.errorOf("evidence")}
        required
      >
        <Textarea maxLength={4000} {...f.control("evidence")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={f.id("churnType")} label={t("field.churnType")} error={f.errorOf("churnType")}>
          <Select {...f.control("churnType")}>
            <option value="">{t("field.typeUnknown")}</option>
            {CHURN_TYPES.map((c) => (
              <option key={c} value={c}>
                {ts(`churnType.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={f.id("lostYearlyRevenue")}
          label={t("field.atStake")}
          hint={t("field.lostYearlyRevenueHint")}
          error={f.errorOf("lostYearlyRevenue")}
        >
          <Input inputMode="decimal" autoComplete="off" {...f.control("lostYearlyRevenue")} />
        </Field>
      </div>
      {f.error ? <Alert tone="error">{f.error}</Alert> : null}
      <Actions submitting={f.submitting} label={t("flag")} onCancel={onCancel} />
    </form>
  );
}

/** A step of an open case with its note: start a win-back, recovered, lost for good. */
export function ChurnStepForm({
  caseId,
  version,
  to,
  onDone,
  onCancel,
}: Done & { caseId: string; version: number; to: PanelStep }) {
  const t = useTranslations("value.churn");
  const f = useTaskForm({
    schema: churnStepFieldsSchema,
    defaults: { note: "" },
    prefix: `churn-step-${to}`,
    submit: (fields) => churnStepAction({ id: caseId, version, to, fields }),
    onDone,
  });
  const { setFocus } = f.form;
  useEffect(() => setFocus("note"), [setFocus]);
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label={t(`step.${to}`)} className={FRAME}>
      <h3 className="text-base font-semibold">{t(`step.${to}`)}</h3>
      <Field
        id={f.id("note")}
        label={t("field.note")}
        hint={t(`stepHint.${to}`)}
        error={f.errorOf("note")}
        required={to !== "recovered"}
      >
        <Textarea maxLength={2000} {...f.control("note")} />
      </Field>
      {f.error ? <Alert tone="error">{f.error}</Alert> : null}
      <Actions submitting={f.submitting} label={t(`confirm.${to}`)} onCancel={onCancel} />
    </form>
  );
}
