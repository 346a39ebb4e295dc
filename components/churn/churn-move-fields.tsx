"use client";
import { useTranslations } from "next-intl";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

export type ChurnMoveExtras = { lostYearlyRevenue: string; evidence: string };
export type ChurnMoveExtrasErrors = Partial<Record<keyof ChurnMoveExtras, string>>;

/** The churn move's extra fields: the yearly revenue lost and the evidence (kept on the churn case). */
export function ChurnMoveFields({
  idPrefix,
  value,
  errors,
  onChange,
}: {
  idPrefix: string;
  value: ChurnMoveExtras;
  errors: ChurnMoveExtrasErrors;
  onChange: (value: ChurnMoveExtras) => void;
}) {
  const t = useTranslations("value.churn.field");
  const errorText = useErrorText("value.churn");
  const control = (name: keyof ChurnMoveExtras) => ({
    id: `${idPrefix}-${name}`,
    value: value[name],
    "aria-invalid": !!errors[name],
    "aria-describedby": errors[name] ? `${idPrefix}-${name}-error` : undefined,
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [name]: e.target.value }),
  });
  return (
    <>
      <Field
        id={`${idPrefix}-lostYearlyRevenue`}
        label={t("lostYearlyRevenue")}
        hint={t("lostYearlyRevenueHint")}
        error={errorText(errors.lostYearlyRevenue)}
      >
        <Input inputMode="decimal" autoComplete="off" {...control("lostYearlyRevenue")} />
      </Field>
      <Field
        id={`${idPrefix}-evidence`}
        label={t("evidence")}
        hint={t("evidenceHint")}
        error={errorText(errors.evidence)}
      >
        <Textarea maxLength={4000} {...control("evidence")} />
      </Field>
    </>
  );
}
