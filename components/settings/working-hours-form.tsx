"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveWorkingHoursAction } from "@/app/(app)/admin/calendar/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { timeOf, workingHoursSchema, type WorkingHoursInput } from "@/lib/validations/calendar";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Working weekdays as checkboxes and the working day's start and end. */
export function WorkingHoursForm({
  weekdays,
  dayStart,
  dayEnd,
  version,
}: {
  weekdays: number[];
  dayStart: number;
  dayEnd: number;
  version: number;
}) {
  const t = useTranslations("settings.calendar");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<WorkingHoursInput>({
    resolver: formResolver(workingHoursSchema),
    values: {
      weekdays: weekdays.map(String),
      dayStart: timeOf(dayStart),
      dayEnd: timeOf(dayEnd),
      version,
    },
  });
  const err = (name: "weekdays" | "dayStart" | "dayEnd") =>
    errorText(formState.errors[name]?.message ?? formState.errors[name]?.root?.message);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveWorkingHoursAction(values);
    if (result.ok) {
      setNotice({ tone: "success", text: t("hoursSaved") });
      router.refresh();
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...register("version")} />
      <fieldset aria-describedby={err("weekdays") ? "weekdays-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("weekdays")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={String(day)} {...register("weekdays")} />
              {t(`weekday.${day}`)}
            </label>
          ))}
        </div>
        {err("weekdays") ? (
          <p id="weekdays-error" role="alert" className="mt-1 text-xs text-red-600">
            {err("weekdays")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-start gap-4">
        <Field id="day-start" label={t("dayStart")} error={err("dayStart")}>
          <Input
            id="day-start"
            type="time"
            className="w-32"
            aria-invalid={!!err("dayStart")}
            aria-describedby={err("dayStart") ? "day-start-error" : undefined}
            {...register("dayStart")}
          />
        </Field>
        <Field id="day-end" label={t("dayEnd")} error={err("dayEnd")}>
          <Input
            id="day-end"
            type="time"
            className="w-32"
            aria-invalid={!!err("dayEnd")}
            aria-describedby={err("dayEnd") ? "day-end-error" : undefined}
            {...register("dayEnd")}
          />
        </Field>
        <Button type="submit" className="mt-6" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("saveHours")}
        </Button>
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </form>
  );
}
