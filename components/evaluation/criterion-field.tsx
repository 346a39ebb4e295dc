"use client";
import { useTranslations } from "next-intl";
import { Controller, type Control, type UseFormRegister } from "react-hook-form";
import { Field, Textarea } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { Template } from "@/lib/validations/scorecard";

export type EvaluationFormValues = {
  answers: Record<string, { score: number | null; evidence: string }>;
};

type Criterion = Template["criteria"][number];

const scalePoints = (c: Criterion) =>
  Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);

/** One criterion: its scale as a radio group (arrow keys move the score) and the evidence. */
export function CriterionField({
  criterion,
  share,
  control,
  register,
  errors,
}: {
  criterion: Criterion;
  /** The criterion's share of the total weight, 0–1. */
  share: number;
  control: Control<EvaluationFormValues>;
  register: UseFormRegister<EvaluationFormValues>;
  errors: { score?: string; evidence?: string };
}) {
  const t = useTranslations("scorecard");
  const id = `criterion-${criterion.key}`;
  const evidenceId = `evidence-${criterion.key}`;
  return (
    <fieldset
      id={id}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={errors.score ? `${id}-error` : `${id}-description`}
    >
      <legend className="px-1 text-base font-semibold">
        {t("form.legend", { criterion: criterion.label, percent: share })}
      </legend>
      {criterion.description ? (
        <p id={`${id}-description`} className="text-sm text-slate-600">
          {criterion.description}
        </p>
      ) : null}
      <Controller
        control={control}
        name={`answers.${criterion.key}.score`}
        render={({ field }) => (
          <div className="grid gap-1.5 sm:grid-cols-2 xl:grid-cols-1">
            {scalePoints(criterion).map((point, i) => {
              const meaning = criterion.pointLabels[i];
              const checked = field.value === point;
              return (
                <label
                  key={point}
                  className={cn(
                    "flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm",
                    checked
                      ? "border-brand-600 bg-brand-50"
                      : "border-slate-200 hover:border-slate-300",
                  )}
                >
                  <input
                    type="radio"
                    name={field.name}
                    value={point}
                    checked={checked}
                    onChange={() => field.onChange(point)}
                    onBlur={field.onBlur}
                    ref={i === 0 ? field.ref : undefined}
                    className="mt-0.5"
                  />
                  <span>
                    {meaning
                      ? t("form.point", { point, meaning })
                      : t("form.pointPlain", { point })}
                  </span>
                </label>
              );
            })}
            <label className="flex cursor-pointer items-center gap-2 px-3 py-1 text-sm text-slate-600">
              <input
                type="radio"
                name={field.name}
                value=""
                checked={field.value === null || field.value === undefined}
                onChange={() => field.onChange(null)}
              />
              {t("fields.notScored")}
            </label>
          </div>
        )}
      />
      {errors.score ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {errors.score}
        </p>
      ) : null}
      <Field
        id={evidenceId}
        label={t("fields.evidence")}
        required={criterion.evidenceRequired}
        error={errors.evidence}
      >
        <Textarea
          id={evidenceId}
          rows={2}
          placeholder={t("fields.evidencePlaceholder")}
          aria-invalid={!!errors.evidence}
          aria-describedby={errors.evidence ? `${evidenceId}-error` : undefined}
          {...register(`answers.${criterion.key}.evidence`)}
        />
      </Field>
    </fieldset>
  );
}
