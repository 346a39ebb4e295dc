"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createReferenceItemAction } from "@/app/(app)/admin/reference-data/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ReferenceKind } from "@/db/schema/reference-data";
import {
  createReferenceItemSchema,
  type CreateReferenceItemInput,
} from "@/lib/validations/reference-data";

type Fields = "code" | "nameEn" | "nameZh" | "sortOrder";

/** Adds an industry, source or area (the kind of the tab it is on). */
export function ReferenceItemForm({
  kind,
  nextSortOrder,
}: {
  kind: ReferenceKind;
  nextSortOrder: number;
}) {
  const t = useTranslations("settings.referenceData");
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const locale = useLocale();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const defaults = { kind, code: "", nameEn: "", nameZh: "", sortOrder: String(nextSortOrder) };
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateReferenceItemInput>({
    resolver: formResolver(createReferenceItemSchema),
    defaultValues: defaults,
  });
  const err = (name: Fields) => errorText(formState.errors[name]?.message);
  const control = (name: Fields) => ({
    id: `new-${kind}-${name}`,
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `new-${kind}-${name}-error` : undefined,
    ...register(name),
  });

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await createReferenceItemAction(values);
    if (result.ok) {
      reset(defaults);
      setNotice({
        tone: "success",
        text: t("created", { name: locale === "en" ? values.nameEn : values.nameZh }),
      });
      router.refresh();
      return;
    }
    applyServerErrors(setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message) ?? "" });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[8rem_1fr_1fr_6rem_auto] lg:items-start"
    >
      <input type="hidden" {...register("kind")} />
      <Field
        id={`new-${kind}-code`}
        label={t("code")}
        error={err("code")}
        hint={kind === "area" ? t("areaCodeHint") : undefined}
        required
      >
        <Input autoComplete="off" className="font-mono" {...control("code")} />
      </Field>
      <Field id={`new-${kind}-nameZh`} label={t("nameZh")} error={err("nameZh")} required>
        <Input autoComplete="off" lang="zh-CN" {...control("nameZh")} />
      </Field>
      <Field id={`new-${kind}-nameEn`} label={t("nameEn")} error={err("nameEn")} required>
        <Input autoComplete="off" lang="en" {...control("nameEn")} />
      </Field>
      <Field id={`new-${kind}-sortOrder`} label={t("sortOrder")} error={err("sortOrder")}>
        <Input type="number" inputMode="numeric" min={0} max={9999} {...control("sortOrder")} />
      </Field>
      <Button type="submit" className="lg:mt-6" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("creating") : t("create")}
      </Button>
      {notice ? (
        <Alert tone={notice.tone} className="sm:col-span-2 lg:col-span-5">
          {notice.text}
        </Alert>
      ) : null}
    </form>
  );
}
