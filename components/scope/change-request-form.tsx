"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { createChangeRequestAction } from "@/app/(app)/accounts/[id]/scope/actions";
import {
  changeRequestFormSchema,
  PROPOSAL_OPS,
  type ChangeRequestFormInput,
  type CreateChangeRequestInput,
} from "@/lib/validations/scope";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { formResolver } from "@/components/ui/form-resolver";
import {
  EMPTY_SCOPE_ITEM,
  ScopeItemFields,
  scopeItemValues,
  type ScopeItemValues,
} from "./scope-item-fields";
import type { ScopeItemView } from "./scope-item-table";

const EMPTY: ChangeRequestFormInput = {
  ...EMPTY_SCOPE_ITEM,
  op: "",
  itemId: "",
  change: "",
  reason: "",
  costImpact: "",
  scheduleImpact: "",
  riskImpact: "",
};
const TEXTS = ["change", "reason", "costImpact", "scheduleImpact", "riskImpact"] as const;

/**
 * A change to the agreed scope: the item change it proposes (applied when a
 * director approves) and, as seed 002 asks, its reason and its cost, schedule
 * and risk impact.
 */
export function ChangeRequestForm({
  accountId,
  items,
}: {
  accountId: string;
  items: ScopeItemView[];
}) {
  const t = useTranslations("scope");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("scope");
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<ChangeRequestFormInput>({
    resolver: formResolver<ChangeRequestFormInput>(changeRequestFormSchema, { raw: true }),
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, reset, setValue } = form;
  useLeaveGuard(formState.isDirty);
  const op = useWatch({ control: form.control, name: "op" });
  const err = (name: keyof ChangeRequestFormInput) => errorText(formState.errors[name]?.message);
  const control = (name: keyof ChangeRequestFormInput) => ({
    id: `cr-${name}`,
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `cr-${name}-error` : undefined,
  });

  /** Changing an item starts from what it is now. */
  const pickItem = (itemId: string) => {
    const item = items.find((i) => i.id === itemId);
    const values = item ? scopeItemValues(item) : EMPTY_SCOPE_ITEM;
    for (const [key, value] of Object.entries(values)) {
      setValue(key as keyof ScopeItemValues, value as never, { shouldDirty: true });
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    // The resolver has checked `op`; the action parses everything again.
    const input = { ...values, accountId } as CreateChangeRequestInput;
    const result = await createChangeRequestAction(input);
    if (result.ok) {
      reset(EMPTY);
      setNotice({ tone: "success", text: t("notices.requestCreated") });
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("changeRequest.new")} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="cr-op" label={t("changeRequest.proposal")} error={err("op")} required>
          <Select {...control("op")} {...register("op")}>
            <option value="">{t("fields.choose")}</option>
            {PROPOSAL_OPS.filter((o) => o === "add" || items.length > 0).map((o) => (
              <option key={o} value={o}>
                {t(`proposal.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
        {op === "update" || op === "remove" ? (
          <Field id="cr-itemId" label={t("changeRequest.item")} error={err("itemId")} required>
            <Select
              {...control("itemId")}
              {...register("itemId", {
                onChange: (e) => {
                  if (op === "update") pickItem(e.target.value);
                },
              })}
            >
              <option value="">{t("fields.choose")}</option>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {op === "add" || op === "update" ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">
            {op === "add" ? t("proposal.newItem") : t("proposal.changedItem")}
          </legend>
          <ScopeItemFields
            form={form as unknown as UseFormReturn<ScopeItemValues>}
            idPrefix="cr-item"
          />
        </fieldset>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {TEXTS.map((name) => (
          <Field
            key={name}
            id={`cr-${name}`}
            label={t(`changeRequest.${name}`)}
            error={err(name)}
            required
            className={name === "change" ? "sm:col-span-2" : undefined}
          >
            <Textarea rows={2} {...control(name)} {...register(name)} />
          </Field>
        ))}
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? common("saving") : t("changeRequest.submit")}
      </Button>
    </form>
  );
}
