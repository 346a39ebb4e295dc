import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CalendarDayForm } from "@/components/settings/calendar-day-form";
import { CalendarDayRemove } from "@/components/settings/calendar-day-remove";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { WorkingHoursForm } from "@/components/settings/working-hours-form";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { getWorkingHours, listCalendarDays, listCalendarYears } from "@/db/queries/calendar";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";
import { todayIn, weekdayOf } from "@/lib/dates";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("settings.calendar");
  return { title: t("title") };
}

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "calendar.manage")) forbidden();
  const current = Number(todayIn(env.PCRM_TIME_ZONE, new Date()).slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : current;
  const [hours, days, years, t] = await Promise.all([
    getWorkingHours(),
    listCalendarDays({ year }),
    listCalendarYears(current),
    getTranslations("settings.calendar"),
  ]);
  const provisional = days.some((d) => d.provisional);
  const shown = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);

  return (
    <>
      <AdminTabs current="calendar" />
      <PageHeader title={t("title")} description={t("intro", { timeZone: env.PCRM_TIME_ZONE })} />
      <div className="space-y-6">
        <Card title={t("hoursTitle")}>
          <WorkingHoursForm {...hours} />
        </Card>
        <Card title={t("daysTitle", { year })}>
          <nav aria-label={t("yearsLabel")} className="mb-4 flex flex-wrap gap-2">
            {shown.map((y) => (
              <Link
                key={y}
                href={`/admin/calendar?year=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={cn(
                  "rounded border px-2.5 py-1 text-sm",
                  y === year
                    ? "border-brand-600 bg-brand-50 font-medium text-brand-800"
                    : "border-slate-300 text-slate-700 hover:bg-slate-100",
                )}
              >
                {y}
              </Link>
            ))}
          </nav>
          {provisional ? (
            <Alert tone="warning" className="mb-4">
              {t("provisionalNotice", { year })}
            </Alert>
          ) : null}
          <div className="mb-6">
            <CalendarDayForm />
          </div>
          {days.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty", { year })}</p>
          ) : (
            <TableScroll label={t("title")}>
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      {t("date")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("kind")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("festival")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("note")}
                    </th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((day) => (
                    <tr
                      key={day.date}
                      className="border-b border-slate-100"
                      data-testid={`calendar-day-${day.date}`}
                    >
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <span className="font-mono">{day.date}</span>{" "}
                        <span className="text-slate-500">
                          {t(`weekday.${weekdayOf(day.date)}`)}
                        </span>
                      </th>
                      <td className="py-2 pr-3">
                        <Badge tone={day.kind === "holiday" ? "green" : "amber"}>
                          {t(`kinds.${day.kind}`)}
                        </Badge>
                        {day.provisional ? (
                          <span className="ml-2">
                            <Badge tone="slate">{t("provisional")}</Badge>
                          </span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3">
                        {day.festival ? t(`festivals.${day.festival}`) : "—"}
                      </td>
                      <td className="py-2 pr-3">{day.note || "—"}</td>
                      <td className="py-2">
                        <CalendarDayRemove date={day.date} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Card>
      </div>
    </>
  );
}
