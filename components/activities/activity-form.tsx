"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTimeZone, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import {
  createActivityAction,
  updateActivityAction,
} from "@/app/(app)/accounts/[id]/activity-actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { delayHours } from "@/lib/activities/filing";
import { localDateTimeOf } from "@/lib/activities/local-time";
import { ACTIVITY_TYPES } from "@/lib/activities/types";
import { activityFieldsSchema } from "@/lib/validations/activity";
import { PeoplePicker, type Person } from "./people-picker";

type Input = z.input<typeof activityFieldsSchema>;
type Name = FieldPath<Input>;

/** The stored activity the form edits (dates as the server sent them). */
export type EditedActivity = {
  id: string;
  version: number;
  type: Input["type"];
  occurredAt: Date;
  subject: string;
  content: string;
  outcome: string;
  nextFollowUp: string | null;
  contactIds: string[];
  participantIds: string[];
};

/**
 * Log or edit one activity. The same zod schema validates here and on the server;
 * `occurredAt` is a wall time in the organisation's zone. A late filing is saved
 * and the form says how late it was.
 */
export function ActivityForm({
  accountId,
  activity,
  contacts,
  colleagues,
  onDone,
  onCancel,
}: {
  accountId: string;
  activity?: EditedActivity;
  contacts: Person[];
  colleagues: Person[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account.activities");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("account.activities.validation");
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const router = useRouter();
  const [error, setError] = useState<string[]>([]);
  const form = useForm({
    resolver: formResolver(activityFieldsSchema),
    defaultValues: activity
      ? {
          type: activity.type,
          occurredAt: localDateTimeOf(new Date(activity.occurredAt), timeZone),
          subject: activity.subject,
          content: activity.content,
          outcome: activity.outcome,
          nextFollowUp: activity.nextFollowUp ?? "",
          contactIds: activity.contactIds,
          participantIds: activity.participantIds,
        }
      : {
          type: "call" as const,
          occurredAt: localDateTimeOf(new Date(), timeZone),
          subject: "",
          content: "",
          outcome: "",
          nextFollowUp: "",
          contactIds: [],
          participantIds: [],
        },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  useEffect(() => setFocus("subject"), [setFocus]);

  const onSubmit = handleSubmit(async (fields) => {
    setError([]);
    const result = activity
      ? await updateActivityAction({ id: activity.id, version: activity.version, fields })
      : await createActivityAction({ accountId, fields });
    if (result.ok) {
      const minutes = result.data.filingDelayMinutes;
      router.refresh();
      onDone(minutes > 0 ? t("savedLate", { hours: delayHours(minutes) }) : t("saved"));
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    setError([errorText(result.message, result.params)].filter((line): line is string => !!line));
  });

  const prefix = activity ? `activity-${activity.id}` : "activity-new";
  const id = (name: Name) => `${prefix}-${name}`;
  const errorOf = (name: Name) =>
    errorText(
      (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message,
    );
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });
  const title = activity ? t("editTitle", { subject: activity.subject }) : t("addTitle");

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={title}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
    >
      <h3 className="text-base font-semibold">{title}</h3>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={id("type")} label={t("field.type")} error={errorOf("type")} required>
          <Select {...control("type")}>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={id("occurredAt")}
          label={t("field.occurredAt")}
          error={errorOf("occurredAt")}
          hint={t("occurredAtHint", { zone: timeZone })}
          required
        >
          <Input type="datetime-local" {...control("occurredAt")} />
        </Field>
        <Field
          id={id("subject")}
          label={t("field.subject")}
          error={errorOf("subject")}
          required
          className="sm:col-span-2"
        >
          <Input autoComplete="off" {...control("subject")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("content")} label={t("field.content")} error={errorOf("content")}>
          <Textarea {...control("content")} />
        </Field>
        <Field id={id("outcome")} label={t("field.outcome")} error={errorOf("outcome")}>
          <Textarea {...control("outcome")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <PeoplePicker
          form={form}
          name="contactIds"
          legend={t("field.contactIds")}
          people={contacts}
          empty={t("noContacts")}
          error={errorOf("contactIds")}
          prefix={prefix}
        />
        <PeoplePicker
          form={form}
          name="participantIds"
          legend={t("field.participantIds")}
          people={colleagues}
          error={errorOf("participantIds")}
          prefix={prefix}
        />
        <Field
          id={id("nextFollowUp")}
          label={t("field.nextFollowUp")}
          error={errorOf("nextFollowUp")}
        >
          <Input type="date" {...control("nextFollowUp")} />
        </Field>
      </div>
      {error.length ? (
        <Alert tone="error">
          {error.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : t("save")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={formState.isSubmitting}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
