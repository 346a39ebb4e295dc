"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  createScopeItemAction,
  updateScopeItemAction,
} from "@/app/(app)/accounts/[id]/scope/actions";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { formResolver } from "@/components/ui/form-resolver";
import { scopeItemSchema } from "@/lib/validations/scope";
import { EMPTY_SCOPE_ITEM, ScopeItemFields, type ScopeItemValues } from "./scope-item-fields";

type Props = {
  accountId: string;
  /** Without `item` the form adds one; with it, it edits that version of it. */
  item?: { id: string; version: number; values: ScopeItemValues };
  onDone?: () => void;
};

/** Adds or edits one scope item; on a version conflict the typed input stays for another try. */
export function ScopeItemForm({ accountId, item, onDone }: Props) {
  const t = useTranslations("scope");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("scope");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ScopeItemValues>({
    resolver: formResolver<ScopeItemValues>(scopeItemSchema, { raw: true }),
    defaultValues: item?.values ?? EMPTY_SCOPE_ITEM,
  });
  const { handleSubmit, formState, reset } = form;
  useLeaveGuard(formState.isDirty);
  const idPrefix = item ? `scope-item-${item.id}` : "scope-item-new";

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    const result = item
      ? await updateScopeItemAction({ ...values, accountId, id: item.id, version: item.version })
      : await createScopeItemAction({ ...values, accountId });
    if (result.ok) {
      reset(item ? values : EMPTY_SCOPE_ITEM);
      setSaved(!item);
      router.refresh();
      onDone?.();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setError(errorText(result.message, result.params) ?? null);
  });

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onDone) onDone();
      }}
      noValidate
      aria-label={item ? t("actions.editItem") : t("actions.addItem")}
      className="space-y-3"
    >
      <ScopeItemFields form={form} idPrefix={idPrefix} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t("notices.itemAdded")}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? common("saving")
            : item
              ? t("actions.saveItem")
              : t("actions.addItem")}
        </Button>
        {onDone ? (
          <Button variant="secondary" onClick={onDone}>
            {common("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
