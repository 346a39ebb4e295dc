"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { delayHours } from "@/lib/activities/filing";
import { ActivityForm, type EditedActivity } from "./activity-form";
import type { Person } from "./people-picker";

/** One row of the log as the page passes it (names resolved on the server). */
export type LoggedActivity = EditedActivity & {
  loggedAt: Date;
  filingDelayMinutes: number;
  loggedByName: string | null;
  contacts: { id: string; name: string }[];
  participants: { id: string; name: string }[];
};

type Editing = { mode: "add" } | { mode: "edit"; id: string } | null;

/**
 * The account's activity log, newest first: a quick-add form on top, each entry
 * with its type, when it happened, who took part, outcome, follow-up date and —
 * when it was filed after its limit — the delay in working hours.
 */
export function ActivityLog({
  accountId,
  activities,
  contacts,
  colleagues,
  canEdit,
  emptyText,
}: {
  accountId: string;
  activities: LoggedActivity[];
  contacts: Person[];
  colleagues: Person[];
  canEdit: boolean;
  emptyText: string;
}) {
  const t = useTranslations("account.activities");
  const format = useFormatter();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setEditing(null);
  const done = (text: string) => {
    setNotice(text);
    setEditing(null);
  };
  const when = (date: Date) =>
    format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-4">
      {canEdit && editing?.mode !== "add" ? (
        <Button
          onClick={() => {
            setNotice(null);
            setEditing({ mode: "add" });
          }}
        >
          {t("add")}
        </Button>
      ) : null}
      {notice ? (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      ) : null}
      {editing?.mode === "add" ? (
        <ActivityForm
          accountId={accountId}
          contacts={contacts}
          colleagues={colleagues}
          onDone={done}
          onCancel={close}
        />
      ) : null}
      {activities.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          {emptyText}
        </p>
      ) : (
        <ol className="space-y-3" aria-label={t("title")}>
          {activities.map((a) =>
            editing?.mode === "edit" && editing.id === a.id ? (
              <li key={a.id}>
                <ActivityForm
                  accountId={accountId}
                  activity={a}
                  contacts={contacts}
                  colleagues={colleagues}
                  onDone={done}
                  onCancel={close}
                />
              </li>
            ) : (
              <li
                key={a.id}
                data-testid="activity-entry"
                className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="space-y-0.5">
                    <p className="font-medium text-slate-900">
                      <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                        {t(`type.${a.type}`)}
                      </span>
                      {a.subject}
                    </p>
                    <p className="text-xs text-slate-600">
                      <time dateTime={new Date(a.occurredAt).toISOString()}>
                        {when(a.occurredAt)}
                      </time>
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    {a.filingDelayMinutes > 0 ? (
                      <span
                        className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
                        data-testid="filing-late"
                      >
                        {t("late", { hours: delayHours(a.filingDelayMinutes) })}
                      </span>
                    ) : null}
                    {canEdit ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={t("editLabel", { subject: a.subject })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ mode: "edit", id: a.id });
                        }}
                      >
                        {t("edit")}
                      </Button>
                    ) : null}
                  </div>
                </div>
                {a.content ? <p className="mt-2 whitespace-pre-wrap">{a.content}</p> : null}
                {a.outcome ? (
                  <p className="mt-1 whitespace-pre-wrap">
                    {t("outcomeLine", { outcome: a.outcome })}
                  </p>
                ) : null}
                <div className="mt-2 space-y-0.5 text-xs text-slate-600">
                  {a.contacts.length ? (
                    <p>{t("contacts", { names: a.contacts.map((c) => c.name).join("、") })}</p>
                  ) : null}
                  {a.participants.length ? (
                    <p>
                      {t("participants", { names: a.participants.map((p) => p.name).join("、") })}
                    </p>
                  ) : null}
                  {a.nextFollowUp ? (
                    <p>
                      {t("followUp", {
                        date: format.dateTime(new Date(`${a.nextFollowUp}T00:00:00Z`), {
                          dateStyle: "medium",
                          timeZone: "UTC",
                        }),
                      })}
                    </p>
                  ) : null}
                  <p>{t("logged", { when: when(a.loggedAt), name: a.loggedByName ?? "—" })}</p>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
    </div>
  );
}
