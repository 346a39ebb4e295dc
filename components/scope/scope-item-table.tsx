"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState, useTransition } from "react";
import { deleteScopeItemAction } from "@/app/(app)/accounts/[id]/scope/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  needsAgreement,
  PRODUCT_KIND_LABEL_KEYS,
  SERVICE_KIND_LABEL_KEYS,
} from "@/lib/scope/rules";
import { scopeItemValues, type ScopeItemValues } from "./scope-item-fields";
import { ScopeItemForm } from "./scope-item-form";
import { TableScroll } from "@/components/ui/table-scroll";

export type ScopeItemView = ScopeItemValues & { id: string; version: number };

/** What kind of product or service a row is, in the user's language. */
export function useKindLabel() {
  const t = useTranslations("scope");
  return (item: Pick<ScopeItemValues, "type" | "productKind" | "serviceKind">) =>
    item.type === "product"
      ? item.productKind
        ? t(PRODUCT_KIND_LABEL_KEYS[item.productKind])
        : t("type.product")
      : item.serviceKind
        ? t(SERVICE_KIND_LABEL_KEYS[item.serviceKind])
        : t("type.service");
}

/** The scope items; while the scope is open each row can be edited in place or removed. */
export function ScopeItemTable({
  accountId,
  items,
  editable,
}: {
  accountId: string;
  items: ScopeItemView[];
  editable: boolean;
}) {
  const t = useTranslations("scope");
  const common = useTranslations("common");
  const errorText = useErrorText("scope");
  const kindLabel = useKindLabel();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = (item: ScopeItemView) => {
    if (!window.confirm(t("actions.confirmRemove", { name: item.name }))) return;
    startTransition(async () => {
      setError(null);
      const result = await deleteScopeItemAction({
        accountId,
        id: item.id,
        version: item.version,
      });
      if (result.ok) router.refresh();
      else setError(errorText(result.message, result.params) ?? null);
    });
  };

  if (items.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const columns = editable ? 6 : 5;
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TableScroll label={t("itemsCaption")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("itemsCaption")}</caption>
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("fields.type")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.name")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.scope")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.agreementRef")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fields.note")}
              </th>
              {editable ? (
                <th scope="col" className="py-2 print:hidden">
                  {t("fields.actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <Fragment key={item.id}>
                <tr className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">{kindLabel(item)}</td>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {item.name}
                  </th>
                  <td className="py-2 pr-3">
                    <Badge tone={item.inScope ? "green" : "slate"}>
                      {item.inScope ? t("inScope.in") : t("inScope.out")}
                    </Badge>
                  </td>
                  <td className="py-2 pr-3">
                    {item.agreementRef ||
                      (needsAgreement({ ...item, productKind: item.productKind || null }) ? (
                        <Badge tone="red">{t("agreementMissing")}</Badge>
                      ) : (
                        common("common.none")
                      ))}
                  </td>
                  <td className="max-w-md whitespace-pre-line py-2 pr-3 text-slate-700">
                    {item.note}
                  </td>
                  {editable ? (
                    <td className="whitespace-nowrap py-2 print:hidden">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-expanded={editing === item.id}
                        aria-label={t("actions.editNamed", { name: item.name })}
                        onClick={() => setEditing(editing === item.id ? null : item.id)}
                      >
                        {common("actions.edit")}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        aria-label={t("actions.removeNamed", { name: item.name })}
                        onClick={() => remove(item)}
                      >
                        {common("actions.delete")}
                      </Button>
                    </td>
                  ) : null}
                </tr>
                {editable && editing === item.id ? (
                  <tr className="border-b border-slate-100 bg-slate-50">
                    <td colSpan={columns} className="p-3">
                      <ScopeItemForm
                        accountId={accountId}
                        item={{ id: item.id, version: item.version, values: scopeItemValues(item) }}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
