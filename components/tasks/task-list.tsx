"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  CancelTaskForm,
  CompleteTaskForm,
  FollowUpForm,
  RescheduleForm,
  ReturnVisitForm,
  type Person,
} from "./task-forms";

/** One task as the page passes it (names resolved, rights decided on the server). */
export type ListedTask = {
  id: string;
  version: number;
  kind: "return_visit" | "follow_up";
  status: "open" | "done" | "cancelled";
  title: string;
  notes: string;
  triggerKey: string | null;
  dueDate: string;
  daysOverdue: number;
  assigneeName: string | null;
  rescheduleReason: string | null;
  method: string | null;
  satisfaction: number | null;
  contactName: string | null;
  completionNotes: string;
  completedAt: Date | null;
  completedByName: string | null;
  canComplete: boolean;
  canChange: boolean;
};

type Editing = { mode: "add" } | { mode: "complete" | "reschedule" | "cancel"; id: string } | null;

/** The Tasks tab: open return visits and follow-ups by due date (overdue flagged), then done ones. */
export function TaskList({
  accountId,
  tasks,
  contacts,
  team,
  defaultAssignee,
  today,
  canAdd,
}: {
  accountId: string;
  tasks: ListedTask[];
  contacts: Person[];
  team: Person[];
  defaultAssignee: string;
  today: string;
  canAdd: boolean;
}) {
  const t = useTranslations("account.tasks");
  const format = useFormatter();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setEditing(null);
  const done = () => {
    setNotice(t("saved"));
    setEditing(null);
  };
  const labelOf = (task: ListedTask) =>
    task.title ||
    (task.triggerKey ? t(`trigger.${task.triggerKey}` as never) : t(`kind.${task.kind}`));
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00`), { dateStyle: "medium" });
  const open = tasks.filter((task) => task.status === "open");
  const closed = tasks.filter((task) => task.status !== "open");
  const formFor = (task: ListedTask) => {
    if (!editing || editing.mode === "add" || editing.id !== task.id) return null;
    const props = { task, label: labelOf(task), onDone: done, onCancel: close };
    if (editing.mode === "reschedule") return <RescheduleForm {...props} />;
    if (editing.mode === "cancel") return <CancelTaskForm {...props} />;
    return task.kind === "return_visit" ? (
      <ReturnVisitForm {...props} contacts={contacts} />
    ) : (
      <CompleteTaskForm {...props} />
    );
  };
  const act = (mode: "complete" | "reschedule" | "cancel", id: string) => () => {
    setNotice(null);
    setEditing({ mode, id });
  };

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {canAdd && editing?.mode !== "add" ? (
        <Button onClick={() => (setNotice(null), setEditing({ mode: "add" }))}>
          {t("addFollowUp")}
        </Button>
      ) : null}
      {notice ? (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      ) : null}
      {editing?.mode === "add" ? (
        <FollowUpForm
          accountId={accountId}
          team={team}
          defaultAssignee={defaultAssignee}
          today={today}
          onDone={done}
          onCancel={close}
        />
      ) : null}
      <section aria-labelledby="tasks-open" className="space-y-2">
        <h3 id="tasks-open" className="text-base font-semibold">
          {t("open")}
        </h3>
        {open.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
            {t("emptyOpen")}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {open.map((task) => (
              <li key={task.id} className="space-y-2 p-3" aria-label={labelOf(task)}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                    {t(`kind.${task.kind}`)}
                  </span>
                  <span className="font-medium">{labelOf(task)}</span>
                  <span className="text-sm text-slate-600">
                    {t("due", { date: date(task.dueDate) })}
                  </span>
                  {task.daysOverdue > 0 ? (
                    <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">
                      {t("overdue", { days: task.daysOverdue })}
                    </span>
                  ) : null}
                  <span className="text-sm text-slate-600">
                    {task.assigneeName
                      ? t("assignee", { name: task.assigneeName })
                      : t("unassigned")}
                  </span>
                </div>
                {task.notes ? <p className="text-sm">{task.notes}</p> : null}
                {task.rescheduleReason ? (
                  <p className="text-xs text-slate-500">
                    {t("rescheduled", { reason: task.rescheduleReason })}
                  </p>
                ) : null}
                {editing?.mode !== "add" && editing?.id === task.id ? null : (
                  <div className="flex flex-wrap gap-2">
                    {task.canComplete ? (
                      <Button size="sm" onClick={act("complete", task.id)}>
                        {task.kind === "return_visit" ? t("completeReturnVisit") : t("complete")}
                      </Button>
                    ) : null}
                    {task.canChange ? (
                      <>
                        <Button size="sm" variant="secondary" onClick={act("reschedule", task.id)}>
                          {t("reschedule")}
                        </Button>
                        <Button size="sm" variant="secondary" onClick={act("cancel", task.id)}>
                          {t("cancelTask")}
                        </Button>
                      </>
                    ) : null}
                  </div>
                )}
                {formFor(task)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tasks-closed" className="space-y-2">
        <h3 id="tasks-closed" className="text-base font-semibold">
          {t("closed")}
        </h3>
        {closed.length === 0 ? (
          <p className="text-sm text-slate-600">{t("emptyClosed")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {closed.map((task) => (
              <li key={task.id} className="space-y-1 p-3 text-sm" aria-label={labelOf(task)}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                    {t(`kind.${task.kind}`)}
                  </span>
                  <span className="font-medium">{labelOf(task)}</span>
                  <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs">
                    {t(`status.${task.status}`)}
                  </span>
                  {task.completedAt ? (
                    <span className="text-slate-600">
                      {t("completedLine", {
                        date: format.dateTime(new Date(task.completedAt), { dateStyle: "medium" }),
                        name: task.completedByName ?? "—",
                      })}
                    </span>
                  ) : null}
                </div>
                {task.method ? (
                  <p>
                    {t("outcomeLine", {
                      method: t(`method.${task.method}` as never),
                      contact: task.contactName ?? "—",
                      satisfaction: task.satisfaction ?? 0,
                    })}
                  </p>
                ) : null}
                {task.completionNotes ? (
                  <p className="text-slate-700">{task.completionNotes}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
