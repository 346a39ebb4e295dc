"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef, useState, type KeyboardEvent } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { useRouter } from "next/navigation";
import {
  saveRequirementDocAction,
  submitRequirementDocAction,
} from "@/app/(app)/accounts/[id]/requirements/actions";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  REQUIREMENT_SECTIONS,
  SECTION_HINT_KEYS,
  SECTION_LABEL_KEYS,
  type RequirementDocContent,
} from "@/lib/requirements/model";
import { requirementDocSchema, requirementDocSubmitSchema } from "@/lib/validations/requirements";
import {
  RequirementRowsEditor,
  type RequirementDocFormValues,
  type StakeholderOption,
} from "./requirement-rows-editor";

type Mode = "draft" | "submit";
const SCHEMAS = { draft: requirementDocSchema, submit: requirementDocSubmitSchema };
const NEEDED_TO_SUBMIT = new Set(["objectives", "scopeStatement"]);

/** Where a save goes: the open draft, or (versionId "") a new version after `baseNumber`. */
export type DraftTarget = { versionId: string; version: number; baseNumber: number };

/** The document editor: seven sections and the requirements table; save as draft or submit. */
export function RequirementDocForm({
  accountId,
  target: initialTarget,
  initial,
  stakeholders,
  cancelHref,
}: {
  accountId: string;
  target: DraftTarget;
  initial: RequirementDocContent;
  stakeholders: StakeholderOption[];
  /** Shown when editing an approved version: back to reading it. */
  cancelHref?: string;
}) {
  const t = useTranslations("requirements");
  const common = useTranslations("common");
  const errorText = useErrorText("requirements");
  const router = useRouter();
  const [target, setTarget] = useState(initialTarget);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mode = useRef<Mode>("draft");
  // The schema is chosen when the form is checked: drafts save loosely, submission checks fully.
  const resolver: Resolver<RequirementDocFormValues> = (values, context, options) =>
    formResolver<RequirementDocFormValues>(SCHEMAS[mode.current])(values, context, options);
  const form = useForm<RequirementDocFormValues>({
    resolver,
    defaultValues: { sections: initial.sections, requirements: [...initial.requirements] },
  });
  const { register, formState } = form;
  useLeaveGuard(formState.isDirty, common("common.unsavedChanges"));

  const save = (which: Mode) => {
    mode.current = which;
    setNotice(null);
    setError(null);
    return form.handleSubmit(async (values) => {
      const input = { accountId, ...target, ...values };
      const res =
        which === "submit"
          ? await submitRequirementDocAction(input)
          : await saveRequirementDocAction(input);
      if (!res.ok) {
        applyServerErrors(form.setError, res.fieldErrors);
        setError(errorText(res.message, res.params) ?? null);
        return;
      }
      setTarget({
        versionId: res.data.versionId,
        version: res.data.version,
        baseNumber: res.data.number,
      });
      form.reset(values);
      const number = res.data.number;
      setNotice(which === "submit" ? t("form.submitted", { number }) : t("form.saved", { number }));
      router.refresh();
    })();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!formState.isSubmitting) void save("draft");
    }
  };

  return (
    <form
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save("submit");
      }}
      className="space-y-6"
    >
      <p className="text-sm text-slate-600">{t("form.shortcut")}</p>
      <section className="space-y-4" aria-labelledby="doc-sections-heading">
        <h2 id="doc-sections-heading" className="text-lg font-semibold">
          {t("form.sectionsTitle")}
        </h2>
        {REQUIREMENT_SECTIONS.map((section) => {
          const id = `section-${section}`;
          const message = errorText(formState.errors.sections?.[section]?.message);
          const needed = NEEDED_TO_SUBMIT.has(section);
          return (
            <Field
              key={section}
              id={id}
              label={t(SECTION_LABEL_KEYS[section])}
              required={needed}
              error={message}
              hint={`${t(SECTION_HINT_KEYS[section])}${needed ? ` ${t("form.neededToSubmit")}` : ""}`}
            >
              <Textarea
                id={id}
                rows={3}
                aria-invalid={!!message}
                aria-describedby={message ? `${id}-error` : undefined}
                {...register(`sections.${section}`)}
              />
            </Field>
          );
        })}
      </section>
      <section className="space-y-3" aria-labelledby="doc-requirements-heading">
        <h2 id="doc-requirements-heading" className="text-lg font-semibold">
          {t("requirements.heading")}
        </h2>
        <RequirementRowsEditor form={form} stakeholders={stakeholders} />
      </section>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          disabled={formState.isSubmitting}
          onClick={() => void save("draft")}
        >
          {formState.isSubmitting ? t("form.saving") : t("form.saveDraft")}
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("form.submit")}
        </Button>
        {cancelHref && !target.versionId ? (
          <Link
            href={cancelHref}
            className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            {t("page.cancelEdit")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
