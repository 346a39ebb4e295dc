import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PrintButton } from "@/components/ui/print-button";
import type { AgendaTask, WeekActivity } from "@/db/queries/home-agenda";
import type { Week } from "@/lib/agenda/week";
import { zonedTime } from "@/lib/calendar/zone";

const noonUtc = (date: string) => new Date(`${date}T12:00:00Z`);
const navLink =
  "inline-flex min-h-8 items-center rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600";

/**
 * The week calendar of the home page, Monday to Sunday in the organisation's time
 * zone: each day's activities (the actor logged or took part in) and tasks due,
 * today marked; previous and next week are links (`?week=`), so the week is in the
 * URL and the keyboard moves through it like any page. Printing drops the controls.
 */
export async function WeekCalendar({
  week,
  today,
  timeZone,
  activities,
  tasks,
}: {
  week: Week;
  today: string;
  timeZone: string;
  activities: WeekActivity[];
  tasks: AgendaTask[];
}) {
  const [t, types, format] = await Promise.all([
    getTranslations("common.home.agenda"),
    getTranslations("account.activities.type"),
    getFormatter(),
  ]);
  const day = (date: string, style: "long" | "short") =>
    format.dateTime(noonUtc(date), {
      timeZone: "UTC",
      weekday: style,
      month: "short",
      day: "numeric",
    });
  const title = t("weekTitle", {
    start: day(week.days[0]!, "short"),
    end: day(week.days[6]!, "short"),
  });
  const thisWeek = week.days.includes(today);
  return (
    <Card
      title={<span data-testid="week-title">{title}</span>}
      actions={
        <nav aria-label={t("weekLabel")} className="flex flex-wrap items-center gap-2 print:hidden">
          <Link href={`/?week=${week.previous}`} className={navLink} prefetch={false}>
            ← {t("previousWeek")}
          </Link>
          {thisWeek ? null : (
            <Link href="/" className={navLink} prefetch={false}>
              {t("thisWeek")}
            </Link>
          )}
          <Link href={`/?week=${week.next}`} className={navLink} prefetch={false}>
            {t("nextWeek")} →
          </Link>
          <PrintButton label={t("print")} />
        </nav>
      }
    >
      <ol
        className="grid gap-2 md:grid-cols-7"
        aria-label={t("weekLabel")}
        data-testid="week-calendar"
      >
        {week.days.map((date) => {
          const isToday = date === today;
          const dayActivities = activities.filter(
            (a) => zonedTime(a.occurredAt, timeZone).date === date,
          );
          const dayTasks = tasks.filter((task) => task.dueDate === date);
          return (
            <li
              key={date}
              aria-current={isToday ? "date" : undefined}
              data-testid={`week-day-${date}`}
              className={cn(
                "min-h-24 rounded-md border p-2 text-xs break-inside-avoid",
                isToday ? "border-brand-500 bg-brand-50" : "border-slate-200",
              )}
            >
              <h3 className={cn("mb-1 text-sm font-semibold", isToday && "text-brand-800")}>
                {day(date, "long")}
                {isToday ? <span className="ml-1 font-normal">({t("todayMark")})</span> : null}
              </h3>
              {dayActivities.length + dayTasks.length === 0 ? (
                <p className="text-slate-600">{t("dayEmpty")}</p>
              ) : (
                <ul className="space-y-1">
                  {dayActivities.map((a) => (
                    <li key={a.id}>
                      <Link
                        href={`/accounts/${a.accountId}?tab=activities`}
                        prefetch={false}
                        className="hover:underline"
                      >
                        <span className="tabular-nums text-slate-600">
                          {format.dateTime(a.occurredAt, { timeZone, timeStyle: "short" })}
                        </span>{" "}
                        {types(a.type)} · {a.subject} · {a.accountName}
                      </Link>
                    </li>
                  ))}
                  {dayTasks.map((task) => (
                    <li key={task.id} data-testid="week-task">
                      <Link
                        href={`/accounts/${task.accountId}?tab=tasks`}
                        prefetch={false}
                        className={cn(
                          "hover:underline",
                          task.status === "done"
                            ? "text-slate-600 line-through"
                            : task.dueDate < today
                              ? "text-red-700"
                              : "text-slate-900",
                        )}
                      >
                        {t("taskKind", { kind: task.kind })} · {task.accountName}
                        {task.status === "done" ? ` (${t("done")})` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
