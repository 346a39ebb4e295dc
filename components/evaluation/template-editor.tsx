"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import {
  createScorecardTemplateAction,
  updateScorecardTemplateAction,
} from "@/app/(app)/templates/scorecards/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  CRITERIA_MAX,
  templateSchema,
  type Template,
  type TemplateInput,
} from "@/lib/validations/scorecard";
import { CriterionEditor, describedPoints } from "./criterion-editor";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";

const optionalNumber = (v: unknown) => (v === "" || v == null ? undefined : Number(v));

/** Point meanings only for the scale's points, and none at all when every one is blank. */
function normalise(values: TemplateInput): TemplateInput {
  return {
    ...values,
    criteria: values.criteria.map((c) => {
      const labels = (c.pointLabels ?? []).slice(0, describedPoints(c.scaleMin, c.scaleMax));
      return { ...c, pointLabels: labels.some((l) => l.trim()) ? labels : [] };
    }),
  };
}

const resolver = formResolver<TemplateInput, Template>(templateSchema, { prepare: normalise });

/** A free criterion key for a newly added criterion. */
function freshKey(taken: string[]): string {
  for (let n = taken.length + 1; ; n++)
    if (!taken.includes(`criterion${n}`)) return `criterion${n}`;
}

/** Name, thresholds and criteria of a scorecard template; saving an edit publishes a new version. */
export function TemplateEditor({
  template,
  initial,
}: {
  template?: { id: string; version: number };
  initial: TemplateInput;
}) {
  const t = useTranslations("scorecard.templateEditor");
  const common = useTranslations("common");
  const errorText = useErrorText("scorecard");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<TemplateInput, unknown, Template>({ resolver, defaultValues: initial });
  const { register, control, formState, getValues } = form;
  const criteria = useFieldArray({ control, name: "criteria" });
  const weights = useWatch({ control, name: "criteria" }).map((c) => Number(c?.weight) || 0);
  useLeaveGuard(formState.isDirty && !leaving, common("common.unsavedChanges"));
  const errors = formState.errors;
  const field = (id: string, message: string | undefined) => {
    const text = errorText(message);
    return {
      id,
      text,
      props: { id, "aria-invalid": !!text, "aria-describedby": text ? `${id}-error` : undefined },
    };
  };
  const name = field("template-name", errors.name?.message);
  const go = field("template-go", errors.thresholds?.go?.message);
  const hold = field("template-hold", errors.thresholds?.hold?.message);
  const listError = errorText(errors.criteria?.root?.message ?? errors.criteria?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = template
      ? await updateScorecardTemplateAction({ ...values, ...template })
      : await createScorecardTemplateAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      setError(errorText(result.message, result.params) ?? null);
      return;
    }
    setLeaving(true);
    router.push("/templates/scorecards");
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem_10rem]">
        <Field id={name.id} label={t("name")} error={name.text} required>
          <Input autoComplete="off" {...name.props} {...register("name")} />
        </Field>
        <Field id={go.id} label={t("thresholdGo")} error={go.text} required>
          <Input
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            {...go.props}
            {...register("thresholds.go", { setValueAs: optionalNumber })}
          />
        </Field>
        <Field id={hold.id} label={t("thresholdHold")} error={hold.text} required>
          <Input
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            {...hold.props}
            {...register("thresholds.hold", { setValueAs: optionalNumber })}
          />
        </Field>
      </div>
      <section className="space-y-3" aria-labelledby="template-criteria-heading">
        <h2 id="template-criteria-heading" className="text-lg font-semibold">
          {t("criteria")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("weightsTotal", { total: weights.reduce((a, b) => a + b, 0) })}
        </p>
        {listError ? (
          <p role="alert" className="text-sm text-red-600">
            {listError}
          </p>
        ) : null}
        {criteria.fields.map((c, index) => (
          <CriterionEditor
            key={c.id}
            form={form}
            index={index}
            count={criteria.fields.length}
            onMove={(to) => criteria.move(index, to)}
            onRemove={() => criteria.remove(index)}
          />
        ))}
        <Button
          size="sm"
          variant="secondary"
          disabled={criteria.fields.length >= CRITERIA_MAX}
          onClick={() =>
            criteria.append(
              {
                key: freshKey(getValues("criteria").map((x) => x.key)),
                label: "",
                description: "",
                weight: 10,
                scaleMin: 1,
                scaleMax: 5,
                evidenceRequired: false,
                pointLabels: [],
              },
              { focusName: `criteria.${criteria.fields.length}.label` },
            )
          }
        >
          {t("addCriterion")}
        </Button>
      </section>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={formState.isSubmitting || leaving}>
        {formState.isSubmitting || leaving
          ? common("actions.saving")
          : template
            ? t("save")
            : t("create")}
      </Button>
    </form>
  );
}
