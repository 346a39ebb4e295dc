"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import {
  setReferenceItemActiveAction,
  updateReferenceItemAction,
} from "@/app/(app)/admin/reference-data/actions";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ReferenceItem } from "@/db/schema/reference-data";
import {
  updateReferenceItemSchema,
  type UpdateReferenceItemInput,
} from "@/lib/validations/reference-data";

type Fields = "code" | "nameEn" | "nameZh" | "sortOrder";
const FIELDS: Fields[] = ["code", "nameEn", "nameZh", "sortOrder"];

/** One item in the admin table; Edit turns the row into a form (its inputs join it by `form=`). */
export function ReferenceItemRow({ item }: { item: ReferenceItem }) {
  const t = useTranslations("settings.referenceData");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const formId = `ref-${item.id}`;
  const label = `${item.nameZh} / ${item.nameEn}`;
  const form = useForm<UpdateReferenceItemInput>({
    resolver: formResolver(updateReferenceItemSchema),
    defaultValues: { ...item, sortOrder: String(item.sortOrder) },
  });
  const { register, handleSubmit, formState } = form;

  const onSave = handleSubmit(async (values) => {
    setError(undefined);
    // The version is the one this row was loaded with, so a concurrent edit is a conflict.
    const result = await updateReferenceItemAction({
      ...values,
      id: item.id,
      version: item.version,
    });
    if (result.ok) {
      setEditing(false);
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message));
  });

  const toggleActive = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await setReferenceItemActiveAction({
        id: item.id,
        version: item.version,
        active: !item.active,
      });
      if (!result.ok) setError(errorText(result.message));
      router.refresh();
    });

  const cell = (name: Fields) => {
    if (!editing)
      return name === "code" ? <span className="font-mono">{item.code}</span> : item[name];
    const message = errorText(formState.errors[name]?.message);
    return (
      <>
        <Input
          form={formId}
          aria-label={t(name)}
          aria-invalid={!!message}
          aria-describedby={message ? `${formId}-${name}-error` : undefined}
          type={name === "sortOrder" ? "number" : "text"}
          className={name === "code" ? "font-mono" : name === "sortOrder" ? "w-20" : undefined}
          {...register(name)}
        />
        {message ? (
          <p id={`${formId}-${name}-error`} role="alert" className="mt-1 text-xs text-red-600">
            {message}
          </p>
        ) : null}
      </>
    );
  };

  return (
    <tr
      className="border-b border-slate-100 align-top"
      data-testid={`ref-row-${item.kind}-${item.code}`}
    >
      {FIELDS.map((name) => (
        <td key={name} className="py-2 pr-3">
          {cell(name)}
        </td>
      ))}
      <td className="py-2 pr-3">
        <Badge tone={item.active ? "green" : "slate"}>
          {item.active ? t("active") : t("inactive")}
        </Badge>
      </td>
      <td className="py-2">
        {editing ? (
          <form id={formId} onSubmit={onSave} noValidate className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t("saving") : t("save")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                form.reset();
                setError(undefined);
                setEditing(false);
              }}
            >
              {t("cancel")}
            </Button>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="secondary"
              aria-label={t("editLabel", { name: label })}
              onClick={() => setEditing(true)}
            >
              {t("edit")}
            </Button>
            <Button
              size="sm"
              variant={item.active ? "danger" : "secondary"}
              disabled={pending}
              onClick={toggleActive}
            >
              {item.active ? t("deactivate") : t("reactivate")}
            </Button>
          </div>
        )}
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
