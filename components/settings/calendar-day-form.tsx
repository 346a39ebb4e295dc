"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveCalendarDayAction } from "@/app/(app)/admin/calendar/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { CALENDAR_DAY_KINDS, FESTIVALS } from "@/lib/calendar/cn-holidays";
import { calendarDaySchema, type CalendarDayInput } from "@/lib/validations/calendar";

type Fields = "date" | "kind" | "festival" | "note";

/** Adds a holiday or make-up working day; a date already listed is replaced. */
export function CalendarDayForm() {
  const t = useTranslations("settings.calendar");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const defaults: CalendarDayInput = { date: "", kind: "holiday", festival: "", note: "" };
  const { register, handleSubmit, setError, reset, formState } = useForm<CalendarDayInput>({
    resolver: formResolver(calendarDaySchema),
    defaultValues: defaults,
  });
  const err = (name: Fields) => errorText(formState.errors[name]?.message);
  const control = (name: Fields) => ({
    id: `day-${name}`,
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `day-${name}-error` : undefined,
    ...register(name),
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await saveCalendarDayAction(values);
    if (result.ok) {
      reset(defaults);
      setNotice({ tone: "success", text: t("daySaved", { date: result.data.date }) });
      router.refresh();
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message) ?? "" });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[10rem_12rem_12rem_1fr_auto] lg:items-start"
    >
      <Field id="day-date" label={t("date")} error={err("date")} required>
        <Input type="date" {...control("date")} />
      </Field>
      <Field id="day-kind" label={t("kind")} error={err("kind")} required>
        <Select {...control("kind")}>
          {CALENDAR_DAY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="day-festival" label={t("festival")} error={err("festival")}>
        <Select {...control("festival")}>
          <option value="">{t("noFestival")}</option>
          {FESTIVALS.map((festival) => (
            <option key={festival} value={festival}>
              {t(`festivals.${festival}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="day-note" label={t("note")} error={err("note")}>
        <Input autoComplete="off" {...control("note")} />
      </Field>
      <Button type="submit" className="lg:mt-6" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("saveDay")}
      </Button>
      {notice ? (
        <Alert tone={notice.tone} className="sm:col-span-2 lg:col-span-5">
          {notice.text}
        </Alert>
      ) : null}
    </form>
  );
}
