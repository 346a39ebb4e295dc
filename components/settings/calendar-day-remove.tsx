"use client";
import { useTranslations } from "next-intl";
import { removeCalendarDayAction } from "@/app/(app)/admin/calendar/actions";
import { RowActionButton } from "@/components/ui/row-action-button";

/** Removes one holiday or make-up day: the date falls back to its weekday's rule. */
export function CalendarDayRemove({ date }: { date: string }) {
  const t = useTranslations("settings.calendar");
  return (
    <RowActionButton
      call={() => removeCalendarDayAction({ date })}
      label={t("removeLabel", { date })}
      idle={t("remove")}
      busy={t("removing")}
      errorNamespace="settings.validation"
      variant="ghost"
    />
  );
}
