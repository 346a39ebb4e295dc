"use client";
import { useTranslations } from "next-intl";
import { useEffect, type ReactNode } from "react";
import {
  cancelTaskAction,
  completeReturnVisitAction,
  completeTaskAction,
  createFollowUpAction,
  rescheduleTaskAction,
} from "@/app/(app)/accounts/[id]/task-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { RETURN_VISIT_METHODS } from "@/lib/tasks/types";
import {
  cancelFieldsSchema,
  followUpFieldsSchema,
  taskNotesSchema,
  rescheduleFieldsSchema,
  returnVisitOutcomeSchema,
} from "@/lib/validations/task";
import { useTaskForm } from "./use-task-form";

export type Person = { id: string; name: string };
type Task = { id: string; version: number; title: string; dueDate: string };
type Done = { onDone: () => void; onCancel: () => void };

function Frame(props: {
  title: string;
  onSubmit: () => void;
  error: string | null;
  submitting: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("account.tasks");
  const common = useTranslations("common.actions");
  return (
    <form
      onSubmit={props.onSubmit}
      noValidate
      aria-label={props.title}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
      onKeyDown={(e) => e.key === "Escape" && props.onCancel()}
    >
      <h3 className="text-base font-semibold">{props.title}</h3>
      {props.children}
      {props.error ? <Alert tone="error">{props.error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={props.submitting}>
          {props.submitting ? common("saving") : t("save")}
        </Button>
        <Button variant="secondary" onClick={props.onCancel} disabled={props.submitting}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** 登记回访: method, the contact reached, satisfaction 1–5 and notes. */
export function ReturnVisitForm({
  task,
  contacts,
  label,
  onDone,
  onCancel,
}: Done & { task: Task; contacts: Person[]; label: string }) {
  const t = useTranslations("account.tasks");
  const f = useTaskForm({
    schema: returnVisitOutcomeSchema,
    defaults: { method: "phone", contactId: "", satisfaction: "" as never, notes: "" },
    prefix: `task-${task.id}`,
    submit: (fields) => completeReturnVisitAction({ id: task.id, version: task.version, fields }),
    onDone,
  });
  const { setFocus } = f.form;
  useEffect(() => setFocus("method"), [setFocus]);
  return (
    <Frame title={t("returnVisitTitle", { title: label })} onCancel={onCancel} {...f}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={f.id("method")} label={t("field.method")} error={f.errorOf("method")} required>
          <Select {...f.control("method")}>
            {RETURN_VISIT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`method.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={f.id("contactId")}
          label={t("field.contactId")}
          error={f.errorOf("contactId")}
          hint={contacts.length ? undefined : t("noContacts")}
          required
        >
          <Select {...f.control("contactId")}>
            <option value="">{t("choose")}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={f.id("satisfaction")}
          label={t("field.satisfaction")}
          error={f.errorOf("satisfaction")}
          required
        >
          <Select {...f.control("satisfaction")}>
            <option value="">{t("choose")}</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {t(`satisfactionLabel.${n}` as never)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={f.id("notes")} label={t("field.notes")} error={f.errorOf("notes")}>
        <Textarea {...f.control("notes")} />
      </Field>
    </Frame>
  );
}

/** Completes a follow-up with an optional note. */
export function CompleteTaskForm({
  task,
  label,
  onDone,
  onCancel,
}: Done & { task: Task; label: string }) {
  const t = useTranslations("account.tasks");
  const f = useTaskForm({
    schema: taskNotesSchema,
    defaults: { notes: "" },
    prefix: `task-${task.id}`,
    submit: (fields) => completeTaskAction({ id: task.id, version: task.version, fields }),
    onDone,
  });
  return (
    <Frame title={t("completeTitle", { title: label })} onCancel={onCancel} {...f}>
      <Field id={f.id("notes")} label={t("field.notes")} error={f.errorOf("notes")}>
        <Textarea autoFocus {...f.control("notes")} />
      </Field>
    </Frame>
  );
}

/** Moves the due date; the reason is required and kept in the history. */
export function RescheduleForm({
  task,
  label,
  onDone,
  onCancel,
}: Done & { task: Task; label: string }) {
  const t = useTranslations("account.tasks");
  const f = useTaskForm({
    schema: rescheduleFieldsSchema,
    defaults: { dueDate: task.dueDate, reason: "" },
    prefix: `task-${task.id}`,
    submit: (fields) => rescheduleTaskAction({ id: task.id, version: task.version, fields }),
    onDone,
  });
  return (
    <Frame title={t("rescheduleTitle", { title: label })} onCancel={onCancel} {...f}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id={f.id("dueDate")}
          label={t("field.dueDate")}
          error={f.errorOf("dueDate")}
          required
        >
          <Input type="date" autoFocus {...f.control("dueDate")} />
        </Field>
        <Field
          id={f.id("reason")}
          label={t("field.reason")}
          error={f.errorOf("reason")}
          required
          className="sm:col-span-2"
        >
          <Input autoComplete="off" {...f.control("reason")} />
        </Field>
      </div>
    </Frame>
  );
}

/** Cancels an open task with a reason. */
export function CancelTaskForm({
  task,
  label,
  onDone,
  onCancel,
}: Done & { task: Task; label: string }) {
  const t = useTranslations("account.tasks");
  const f = useTaskForm({
    schema: cancelFieldsSchema,
    defaults: { reason: "" },
    prefix: `task-${task.id}`,
    submit: (fields) => cancelTaskAction({ id: task.id, version: task.version, fields }),
    onDone,
  });
  return (
    <Frame title={t("cancelTitle", { title: label })} onCancel={onCancel} {...f}>
      <Field id={f.id("reason")} label={t("field.reason")} error={f.errorOf("reason")} required>
        <Input autoComplete="off" autoFocus {...f.control("reason")} />
      </Field>
    </Frame>
  );
}

/** A follow-up by hand, assigned to the account's owner or a team member. */
export function FollowUpForm({
  accountId,
  team,
  defaultAssignee,
  today,
  onDone,
  onCancel,
}: Done & { accountId: string; team: Person[]; defaultAssignee: string; today: string }) {
  const t = useTranslations("account.tasks");
  const f = useTaskForm({
    schema: followUpFieldsSchema,
    defaults: { title: "", notes: "", dueDate: today, assigneeId: defaultAssignee },
    prefix: "follow-up-new",
    submit: (fields) => createFollowUpAction({ accountId, fields }),
    onDone,
  });
  return (
    <Frame title={t("addFollowUpTitle")} onCancel={onCancel} {...f}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field
          id={f.id("title")}
          label={t("field.title")}
          error={f.errorOf("title")}
          required
          className="sm:col-span-2"
        >
          <Input autoComplete="off" autoFocus {...f.control("title")} />
        </Field>
        <Field
          id={f.id("dueDate")}
          label={t("field.dueDate")}
          error={f.errorOf("dueDate")}
          required
        >
          <Input type="date" {...f.control("dueDate")} />
        </Field>
        <Field
          id={f.id("assigneeId")}
          label={t("field.assigneeId")}
          error={f.errorOf("assigneeId")}
          required
        >
          <Select {...f.control("assigneeId")}>
            {team.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={f.id("notes")} label={t("field.notes")} error={f.errorOf("notes")}>
        <Textarea {...f.control("notes")} />
      </Field>
    </Frame>
  );
}
