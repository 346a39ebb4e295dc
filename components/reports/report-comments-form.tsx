"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { saveRelationshipReportAction } from "@/app/(app)/relationship-report/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useTaskForm } from "@/components/tasks/use-task-form";
import { relationshipReportFieldsSchema } from "@/lib/validations/relationship-report";

/** The director's comments on a quarter's report: save as a draft, or finalise (the repo's form pattern). */
export function ReportCommentsForm({
  quarter,
  version,
  comments,
}: {
  quarter: string;
  version: number;
  comments: string;
}) {
  const t = useTranslations("dashboards.report");
  // Which button sent the form; read when the submit runs, after the click.
  const finalize = useRef(false);
  const [saved, setSaved] = useState(false);
  const f = useTaskForm({
    schema: relationshipReportFieldsSchema,
    defaults: { comments },
    prefix: "report",
    submit: (fields) =>
      saveRelationshipReportAction({ quarter, version, finalize: finalize.current, fields }),
    onDone: () => setSaved(true),
  });
  return (
    <form
      onSubmit={f.onSubmit}
      noValidate
      aria-label={t("comments.title")}
      className="space-y-3 print:hidden"
    >
      <Field
        id={f.id("comments")}
        label={t("comments.label")}
        hint={t("comments.hint")}
        error={f.errorOf("comments")}
      >
        <Textarea rows={8} {...f.control("comments")} />
      </Field>
      {f.error ? <Alert tone="error">{f.error}</Alert> : null}
      {saved ? (
        <p role="status" className="text-sm text-emerald-800">
          {t("comments.saved")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={f.submitting} onClick={() => (finalize.current = false)}>
          {t("comments.save")}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          disabled={f.submitting}
          onClick={() => (finalize.current = true)}
        >
          {t("comments.finalize")}
        </Button>
      </div>
    </form>
  );
}
