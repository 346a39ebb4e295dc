import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { AgendaTask } from "@/db/queries/home-agenda";
import { agendaBucket, type AgendaBucket } from "@/lib/agenda/week";
import type { Coverage } from "@/lib/tasks/coverage";

const taskHref = (task: AgendaTask) => `/accounts/${task.accountId}?tab=tasks`;

/** One task of the agenda: what and for whom, its due day, linking to the account's Tasks tab. */
export async function AgendaTaskLine({ task, tone }: { task: AgendaTask; tone?: "red" }) {
  const t = await getTranslations("common.home.agenda");
  return (
    <li className="py-2" data-testid="agenda-task" data-task-id={task.id}>
      <Link
        href={taskHref(task)}
        prefetch={false}
        className="inline-flex min-h-6 items-center font-medium text-slate-900 hover:text-brand-700 hover:underline"
      >
        {t("taskKind", { kind: task.kind })}
        {task.title ? ` · ${task.title}` : ""} · {task.accountName}
      </Link>
      <div className={cn("text-xs", tone === "red" ? "text-red-700" : "text-slate-600")}>
        {t("due", { date: task.dueDate })}
      </div>
    </li>
  );
}

function TaskList({
  id,
  title,
  tasks,
  empty,
  note,
  tone,
}: {
  id: AgendaBucket;
  title: string;
  tasks: AgendaTask[];
  empty: string;
  note?: string;
  tone?: "red";
}) {
  return (
    <section aria-labelledby={`agenda-${id}`} data-testid={`agenda-${id}`}>
      <h3 id={`agenda-${id}`} className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-500">({tasks.length})</span>
      </h3>
      {note ? <p className="text-xs text-slate-500">{note}</p> : null}
      {tasks.length === 0 ? (
        <p className="py-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tasks.map((task) => (
            <AgendaTaskLine key={task.id} task={task} tone={tone} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "My agenda": the actor's open return visits and follow-ups — overdue, due today and
 * due in the next 7 days — and their return-visit coverage this quarter.
 */
export async function AgendaLists({
  overdue,
  overdueTotal,
  soon,
  today,
  coverage,
}: {
  overdue: AgendaTask[];
  overdueTotal: number;
  soon: AgendaTask[];
  today: string;
  coverage: Coverage;
}) {
  const t = await getTranslations("common.home.agenda");
  const dueToday = soon.filter((task) => agendaBucket(task.dueDate, today) === "today");
  const upcoming = soon.filter((task) => agendaBucket(task.dueDate, today) === "upcoming");
  const percent =
    coverage.coverage === null ? null : `${Math.round(coverage.coverage * 1000) / 10} %`;
  return (
    <Card title={t("title")}>
      <div className="grid gap-6 md:grid-cols-3">
        <TaskList
          id="overdue"
          title={t("overdue")}
          tasks={overdue}
          empty={t("emptyOverdue")}
          note={
            overdueTotal > overdue.length
              ? t("overdueMore", { shown: overdue.length, total: overdueTotal })
              : undefined
          }
          tone="red"
        />
        <TaskList id="today" title={t("today")} tasks={dueToday} empty={t("emptyToday")} />
        <TaskList id="upcoming" title={t("upcoming")} tasks={upcoming} empty={t("emptyUpcoming")} />
      </div>
      <section
        className="mt-6 border-t border-slate-100 pt-4"
        aria-labelledby="agenda-coverage"
        data-testid="agenda-coverage"
      >
        <h3 id="agenda-coverage" className="text-sm font-semibold text-slate-800">
          {t("coverageTitle")}
        </h3>
        {percent === null ? (
          <p className="text-sm text-slate-600">{t("coverageNone")}</p>
        ) : (
          <p className="text-sm text-slate-700">
            <span className="mr-2 text-2xl font-semibold tabular-nums" data-testid="coverage-value">
              {t("coverage", { percent })}
            </span>
            {t("coverageDetail", {
              covered: coverage.completedInWindow,
              triggered: coverage.triggered,
              pending: coverage.pending,
              missed: coverage.missed,
            })}
          </p>
        )}
      </section>
    </Card>
  );
}
