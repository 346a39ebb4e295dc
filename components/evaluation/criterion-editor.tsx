"use client";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { TemplateInput } from "@/lib/validations/scorecard";

/** Meanings are described for scales of up to this many points. */
export const MAX_DESCRIBED_POINTS = 11;

const optionalNumber = (v: unknown) => (v === "" || v == null ? undefined : Number(v));

/** How many points the scale has, or 0 while it is not a usable describable range. */
export function describedPoints(min: unknown, max: unknown): number {
  const lo = Number(min);
  const hi = Number(max);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi <= lo) return 0;
  const count = hi - lo + 1;
  return count <= MAX_DESCRIBED_POINTS ? count : 0;
}

/** One criterion of a template: what it asks, its weight, its scale and the meaning of each score. */
export function CriterionEditor({
  form,
  index,
  count,
  onMove,
  onRemove,
}: {
  form: UseFormReturn<TemplateInput>;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("scorecard.templateEditor");
  const errorText = useErrorText("scorecard");
  const { register, control, formState } = form;
  const errors = formState.errors.criteria?.[index];
  const [min, max] = useWatch({
    control,
    name: [`criteria.${index}.scaleMin`, `criteria.${index}.scaleMax`],
  });
  const points = describedPoints(min, max);
  const n = index + 1;
  const prefix = `criterion-${index}`;
  const field = (name: string, message: string | undefined) => {
    const id = `${prefix}-${name}`;
    const text = errorText(message);
    return {
      id,
      text,
      props: { id, "aria-invalid": !!text, "aria-describedby": text ? `${id}-error` : undefined },
    };
  };
  const label = field("label", errors?.label?.message);
  const key = field("key", errors?.key?.message);
  const description = field("description", errors?.description?.message);
  const weight = field("weight", errors?.weight?.message);
  const scaleMin = field("scaleMin", errors?.scaleMin?.message);
  const scaleMax = field("scaleMax", errors?.scaleMax?.message);
  const pointsError = errorText(errors?.pointLabels?.message ?? errors?.pointLabels?.root?.message);

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-700">
        {t("criterionN", { n })}
      </legend>
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_12rem]">
        {/* The key is internal (answers are stored by it): generated, never shown. */}
        <Field id={label.id} label={t("label")} error={label.text ?? key.text} required>
          <Input autoComplete="off" {...label.props} {...register(`criteria.${index}.label`)} />
        </Field>
        <input type="hidden" {...register(`criteria.${index}.key`)} />
      </div>
      <Field id={description.id} label={t("description")} error={description.text}>
        <Textarea
          rows={2}
          className="min-h-0"
          {...description.props}
          {...register(`criteria.${index}.description`)}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-4 sm:items-end">
        <Field id={weight.id} label={t("weight")} error={weight.text} required>
          <Input
            type="number"
            min={1}
            inputMode="numeric"
            {...weight.props}
            {...register(`criteria.${index}.weight`, { setValueAs: optionalNumber })}
          />
        </Field>
        <Field id={scaleMin.id} label={t("scaleMin")} error={scaleMin.text} required>
          <Input
            type="number"
            inputMode="numeric"
            {...scaleMin.props}
            {...register(`criteria.${index}.scaleMin`, { setValueAs: optionalNumber })}
          />
        </Field>
        <Field id={scaleMax.id} label={t("scaleMax")} error={scaleMax.text} required>
          <Input
            type="number"
            inputMode="numeric"
            {...scaleMax.props}
            {...register(`criteria.${index}.scaleMax`, { setValueAs: optionalNumber })}
          />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" {...register(`criteria.${index}.evidenceRequired`)} />
          {t("evidenceRequired")}
        </label>
      </div>
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-700">{t("pointLabels")}</p>
        <p className="text-xs text-slate-500">
          {points > 0 ? t("pointsHint") : t("pointsTooMany")}
        </p>
        {pointsError ? (
          <p role="alert" className="text-xs text-red-600">
            {pointsError}
          </p>
        ) : null}
        {Array.from({ length: points }, (_, j) => {
          const point = Number(min) + j;
          const id = `${prefix}-point-${j}`;
          return (
            <div key={j} className="grid items-center gap-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
              <label htmlFor={id} className="text-sm text-slate-600">
                {t("pointN", { point })}
              </label>
              <Input
                id={id}
                autoComplete="off"
                {...register(`criteria.${index}.pointLabels.${j}`)}
              />
            </div>
          );
        })}
      </div>
      <div className="flex justify-end gap-1">
        <Button
          size="sm"
          variant="ghost"
          disabled={index === 0}
          aria-label={t("moveUpN", { n })}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={index === count - 1}
          aria-label={t("moveDownN", { n })}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={count === 1}
          aria-label={t("removeN", { n })}
          onClick={onRemove}
        >
          ✕
        </Button>
      </div>
    </fieldset>
  );
}
