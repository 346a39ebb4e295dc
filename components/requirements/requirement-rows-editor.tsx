"use client";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  KIND_LABEL_KEYS,
  PRIORITY_LABEL_KEYS,
  REQUIREMENT_KINDS,
  REQUIREMENT_PRIORITIES,
  REQUIREMENT_STATUSES,
  STATUS_LABEL_KEYS,
  type RequirementKind,
  type RequirementRow,
  type RequirementSections,
} from "@/lib/requirements/model";
import { REQUIREMENTS_MAX } from "@/lib/validations/requirements";

export type RequirementDocFormValues = {
  sections: RequirementSections;
  requirements: RequirementRow[];
};

export type StakeholderOption = { id: string; label: string };

/** Ids only need to be unique within the document; they tie a row to itself across versions. */
const newRowId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The requirements table: one row per requirement, reorderable, every control labelled. */
export function RequirementRowsEditor({
  form,
  stakeholders,
}: {
  form: UseFormReturn<RequirementDocFormValues>;
  stakeholders: StakeholderOption[];
}) {
  const t = useTranslations("requirements");
  const errorText = useErrorText("requirements");
  const { control, register, formState } = form;
  const rows = useFieldArray({ control, name: "requirements", keyName: "fieldKey" });
  const listError = errorText(
    formState.errors.requirements?.root?.message ?? formState.errors.requirements?.message,
  );

  const add = (kind: RequirementKind) =>
    rows.append(
      {
        id: newRowId(),
        kind,
        title: "",
        priority: "should",
        acceptanceCriteria: "",
        sourceStakeholderId: null,
        status: "proposed",
      },
      { focusName: `requirements.${rows.fields.length}.title` },
    );

  return (
    <div className="space-y-3">
      <dl className="grid gap-1 text-sm text-slate-600 sm:grid-cols-2">
        <div>
          <dt className="inline font-medium text-slate-800">{t("requirements.functional")}: </dt>
          <dd className="inline">{t("requirements.functionalHint")}</dd>
        </div>
        <div>
          <dt className="inline font-medium text-slate-800">{t("requirements.technical")}: </dt>
          <dd className="inline">{t("requirements.technicalHint")}</dd>
        </div>
      </dl>
      {listError ? (
        <p role="alert" className="text-sm text-red-600">
          {listError}
        </p>
      ) : null}
      {rows.fields.length === 0 ? (
        <p className="text-sm text-slate-500">{t("requirements.empty")}</p>
      ) : null}
      <ol className="space-y-3">
        {rows.fields.map((row, index) => {
          const n = index + 1;
          const rowErrors = formState.errors.requirements?.[index];
          const err = (name: keyof RequirementRow) => {
            const text = errorText(rowErrors?.[name]?.message);
            const id = `req-${index}-${name}`;
            return {
              text,
              id,
              props: {
                id,
                "aria-invalid": !!text,
                "aria-describedby": text ? `${id}-error` : undefined,
              },
            };
          };
          const [kind, title, priority, status, source, acceptance] = [
            err("kind"),
            err("title"),
            err("priority"),
            err("status"),
            err("sourceStakeholderId"),
            err("acceptanceCriteria"),
          ];
          return (
            <li key={row.fieldKey}>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-700">
                  {t("form.rowN", { n })}
                </legend>
                <div className="grid gap-3 md:grid-cols-[9rem_minmax(0,1fr)_10rem]">
                  <Field id={kind.id} label={t("fields.kind")} error={kind.text}>
                    <Select {...kind.props} {...register(`requirements.${index}.kind`)}>
                      {REQUIREMENT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(KIND_LABEL_KEYS[k])}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field id={title.id} label={t("fields.title")} error={title.text} required>
                    <Input
                      autoComplete="off"
                      {...title.props}
                      {...register(`requirements.${index}.title`)}
                    />
                  </Field>
                  <Field id={priority.id} label={t("fields.priority")} error={priority.text}>
                    <Select {...priority.props} {...register(`requirements.${index}.priority`)}>
                      {REQUIREMENT_PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {t(PRIORITY_LABEL_KEYS[p])}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="mt-3 grid gap-3 md:grid-cols-[minmax(0,1fr)_12rem_10rem]">
                  <Field
                    id={acceptance.id}
                    label={t("fields.acceptanceCriteria")}
                    error={acceptance.text}
                  >
                    <Textarea
                      rows={2}
                      className="min-h-0"
                      {...acceptance.props}
                      {...register(`requirements.${index}.acceptanceCriteria`)}
                    />
                  </Field>
                  <Field id={source.id} label={t("fields.sourceStakeholderId")} error={source.text}>
                    <Controller
                      control={control}
                      name={`requirements.${index}.sourceStakeholderId`}
                      render={({ field }) => (
                        <Select
                          {...source.props}
                          name={field.name}
                          value={field.value ?? ""}
                          onBlur={field.onBlur}
                          onChange={(e) => field.onChange(e.target.value || null)}
                        >
                          <option value="">{t("form.noSource")}</option>
                          {stakeholders.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.label}
                            </option>
                          ))}
                        </Select>
                      )}
                    />
                  </Field>
                  <Field id={status.id} label={t("fields.status")} error={status.text}>
                    <Select {...status.props} {...register(`requirements.${index}.status`)}>
                      {REQUIREMENT_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(STATUS_LABEL_KEYS[s])}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="mt-2 flex justify-end gap-1">
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === 0}
                    aria-label={t("form.moveUpN", { n })}
                    onClick={() => rows.move(index, index - 1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === rows.fields.length - 1}
                    aria-label={t("form.moveDownN", { n })}
                    onClick={() => rows.move(index, index + 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t("form.removeN", { n })}
                    onClick={() => rows.remove(index)}
                  >
                    ✕
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        {REQUIREMENT_KINDS.map((k) => (
          <Button
            key={k}
            size="sm"
            variant="secondary"
            disabled={rows.fields.length >= REQUIREMENTS_MAX}
            onClick={() => add(k)}
          >
            {t(k === "functional" ? "form.addFunctional" : "form.addTechnical")}
          </Button>
        ))}
      </div>
    </div>
  );
}
