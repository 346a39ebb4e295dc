"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveCostPlanHeaderAction } from "@/app/(app)/accounts/[id]/cost/actions";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { CURRENCIES } from "@/lib/cost/money";
import { reopenWarning, type CostPlanStatus } from "@/lib/cost/plan-state";
import { costPlanHeaderSchema, type CostPlanHeaderFormInput } from "@/lib/validations/cost";

/** Currency and budget; the currency is fixed once the plan has lines. */
export function CostPlanHeaderForm({
  accountId,
  plan,
  currencyLocked,
  planStatus,
}: {
  accountId: string;
  plan: { version: number; values: CostPlanHeaderFormInput } | null;
  currencyLocked: boolean;
  /** A submitted or approved plan warns that a new budget returns it to draft. */
  planStatus?: CostPlanStatus;
}) {
  const warning = reopenWarning(planStatus);
  const t = useTranslations("cost");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("cost");
  const router = useRouter();
  const [notice, setNotice] = useState<{
    tone: "success" | "warning" | "error";
    text: string;
  } | null>(null);
  const form = useForm<CostPlanHeaderFormInput>({
    resolver: formResolver<CostPlanHeaderFormInput>(costPlanHeaderSchema, { raw: true }),
    defaultValues: plan?.values ?? { currency: "CNY", budget: "" },
  });
  const { register, handleSubmit, formState, reset } = form;
  useLeaveGuard(formState.isDirty);
  const err = (name: keyof CostPlanHeaderFormInput) => errorText(formState.errors[name]?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveCostPlanHeaderAction({
      ...values,
      currency: values.currency as (typeof CURRENCIES)[number],
      accountId,
      version: plan?.version ?? null,
    });
    if (result.ok) {
      reset(values);
      setNotice(
        result.data.reopened
          ? { tone: "warning", text: t("notices.reopened") }
          : { tone: "success", text: t("notices.budgetSaved") },
      );
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("budget.title")}>
      <div className="flex flex-wrap items-end gap-3">
        <Field
          id="cost-currency"
          label={t("fields.currency")}
          error={err("currency")}
          hint={currencyLocked ? t("budget.currencyLockedHint") : undefined}
        >
          {currencyLocked ? (
            // Read-only rather than disabled: a disabled control would drop out of the submitted values.
            <Input
              id="cost-currency"
              readOnly
              className="w-24 bg-slate-50"
              {...register("currency")}
            />
          ) : (
            <Select
              id="cost-currency"
              aria-invalid={!!err("currency")}
              aria-describedby={err("currency") ? "cost-currency-error" : undefined}
              {...register("currency")}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="cost-budget"
          label={t("fields.budget")}
          error={err("budget")}
          hint={t("budget.hint")}
        >
          <Input
            id="cost-budget"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={!!err("budget")}
            aria-describedby={err("budget") ? "cost-budget-error" : undefined}
            {...register("budget")}
          />
        </Field>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : t("budget.save")}
        </Button>
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {warning && !notice && formState.isDirty ? <Alert tone="warning">{t(warning)}</Alert> : null}
    </form>
  );
}
