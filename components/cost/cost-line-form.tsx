"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createCostLineAction, updateCostLineAction } from "@/app/(app)/accounts/[id]/cost/actions";
import type { CostLineFormInput } from "@/lib/validations/cost";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formResolver } from "@/components/ui/form-resolver";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { formatMoney, parseMoney, type Currency } from "@/lib/cost/money";
import {
  COST_CATEGORY_LABEL_KEYS,
  COST_KIND_LABEL_KEYS,
  reopenWarning,
  type CostPlanStatus,
} from "@/lib/cost/plan-state";
import { COST_CATEGORIES, COST_KINDS, parseHours, staffCost } from "@/lib/cost/totals";
import { costLineSchemaFor } from "@/lib/validations/cost";

export const EMPTY_COST_LINE: CostLineFormInput = {
  kind: "direct",
  category: "travel",
  description: "",
  planned: "",
  actual: "",
  hours: "",
  rate: "",
  date: "",
  note: "",
};

type Props = {
  accountId: string;
  currency: string;
  /** Without `line` the form adds one; with it, it edits that version of it. */
  line?: { id: string; version: number; values: CostLineFormInput };
  /** Called after a save; `reopened` when the change sent an approved plan back to draft. */
  onDone?: (reopened: boolean) => void;
  /** The plan's state: a submitted or approved plan warns that saving returns it to draft. */
  planStatus?: CostPlanStatus;
};

/** One cost line; amounts are typed as text and parsed exactly in the plan's currency. */
export function CostLineForm({ accountId, currency, line, onDone, planStatus }: Props) {
  const warning = reopenWarning(planStatus);
  const t = useTranslations("cost");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("cost");
  const locale = useLocale();
  const router = useRouter();
  const [notice, setNotice] = useState<{
    tone: "success" | "warning" | "error";
    text: string;
  } | null>(null);
  const schema = useMemo(() => costLineSchemaFor(currency), [currency]);
  const plan = currency as Currency;
  const form = useForm<CostLineFormInput>({
    resolver: formResolver<CostLineFormInput>(schema, { raw: true }),
    defaultValues: line?.values ?? EMPTY_COST_LINE,
  });
  const { register, handleSubmit, formState, control: formControl, reset } = form;
  useLeaveGuard(formState.isDirty);
  const [category, hoursText, rateText] = useWatch({
    control: formControl,
    name: ["category", "hours", "rate"],
  });
  const prefix = line ? `cost-line-${line.id}` : "cost-line-new";
  const err = (name: keyof CostLineFormInput) => errorText(formState.errors[name]?.message);
  const control = (name: keyof CostLineFormInput) => ({
    id: `${prefix}-${name}`,
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `${prefix}-${name}-error` : undefined,
    ...register(name),
  });
  const hours = parseHours(hoursText ?? "");
  const rate = parseMoney(rateText ?? "", currency);
  const staffPreview =
    category === "staff" && hours.ok && rate.ok
      ? t("fields.staffCost", {
          hours: hours.hundredths / 100,
          rate: formatMoney(rate.minor, currency, locale),
          amount: formatMoney(staffCost(hours.hundredths, rate.minor), currency, locale),
        })
      : null;

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = line
      ? await updateCostLineAction({
          ...values,
          accountId,
          currency: plan,
          id: line.id,
          version: line.version,
        })
      : await createCostLineAction({ ...values, accountId, currency: plan });
    if (result.ok) {
      reset(line ? values : { ...EMPTY_COST_LINE, kind: values.kind, category: values.category });
      if (!line) {
        setNotice(
          result.data.reopened
            ? { tone: "warning", text: t("notices.reopened") }
            : { tone: "success", text: t("notices.lineAdded") },
        );
      }
      router.refresh();
      onDone?.(result.data.reopened);
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
  });

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape" && line && onDone) onDone(false);
      }}
      noValidate
      aria-label={line ? t("actions.editLine") : t("actions.addLine")}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={`${prefix}-kind`} label={t("fields.kind")} error={err("kind")} required>
          <Select {...control("kind")}>
            {COST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(COST_KIND_LABEL_KEYS[k])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${prefix}-category`}
          label={t("fields.category")}
          error={err("category")}
          required
        >
          <Select {...control("category")}>
            {COST_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(COST_CATEGORY_LABEL_KEYS[c])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${prefix}-description`}
          label={t("fields.description")}
          error={err("description")}
          className="lg:col-span-2"
        >
          <Input autoComplete="off" {...control("description")} />
        </Field>
        {category === "staff" ? (
          <>
            <Field id={`${prefix}-hours`} label={t("fields.hours")} error={err("hours")}>
              <Input inputMode="decimal" autoComplete="off" {...control("hours")} />
            </Field>
            <Field
              id={`${prefix}-rate`}
              label={t("fields.rateIn", { name: currency })}
              error={err("rate")}
              hint={t("fields.amountHint")}
            >
              <Input inputMode="decimal" autoComplete="off" {...control("rate")} />
            </Field>
          </>
        ) : null}
        <Field
          id={`${prefix}-planned`}
          label={t("fields.plannedIn", { name: currency })}
          error={err("planned")}
          hint={
            category === "staff"
              ? (staffPreview ?? t("fields.staffPlannedHint"))
              : t("fields.amountHint")
          }
          required={category !== "staff"}
        >
          <Input inputMode="decimal" autoComplete="off" {...control("planned")} />
        </Field>
        <Field
          id={`${prefix}-actual`}
          label={t("fields.actualIn", { name: currency })}
          error={err("actual")}
          hint={t("fields.actualHint")}
        >
          <Input inputMode="decimal" autoComplete="off" {...control("actual")} />
        </Field>
        <Field id={`${prefix}-date`} label={t("fields.date")} error={err("date")}>
          <Input type="date" {...control("date")} />
        </Field>
        <Field
          id={`${prefix}-note`}
          label={t("fields.note")}
          error={err("note")}
          className={category === "staff" ? "lg:col-span-4" : "lg:col-span-2"}
        >
          <Textarea rows={1} {...control("note")} />
        </Field>
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {warning && !notice ? <Alert tone="warning">{t(warning)}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? common("saving")
            : line
              ? t("actions.saveLine")
              : t("actions.addLine")}
        </Button>
        {line && onDone ? (
          <Button variant="secondary" onClick={() => onDone(false)}>
            {common("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
