"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { createOrderAction, updateOrderAction } from "@/app/(app)/accounts/[id]/order-actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { formResolver } from "@/components/ui/form-resolver";
import { useErrorText } from "@/components/ui/use-error-text";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { CURRENCIES, formatMoney, minorToDecimal, parseMoney } from "@/lib/cost/money";
import { lineAmountMinor } from "@/lib/orders/amounts";
import { orderFieldsSchema, type OrderFieldsInput } from "@/lib/validations/orders";

type Name = FieldPath<OrderFieldsInput>;

export type ProductOption = {
  id: string;
  code: string;
  name: string;
  unit: string;
  currency: string;
  listPriceMinor: number;
};

const emptyLine = { productId: "", unitPrice: "", quantity: "1", discount: "" };

/** The line's amount as typed, for the preview (the server computes the stored one). */
function previewAmount(line: OrderFieldsInput["lines"][number], currency: string) {
  const price = parseMoney(line.unitPrice ?? "", currency);
  const quantity = Number(line.quantity);
  const discount = Math.round(Number((line.discount ?? "").replace(/%$/, "") || 0) * 100);
  if (!price.ok || !Number.isSafeInteger(quantity) || quantity < 1) return null;
  try {
    return lineAmountMinor({
      unitPriceMinor: price.minor,
      quantity,
      discountBp: discount,
      unitCostMinor: null,
    });
  } catch {
    return null;
  }
}

/**
 * Record a sales order for an account, or edit a draft: header (number, sales date,
 * contact, currency) and product lines. The same zod schema checks here and on the server.
 */
export function OrderForm({
  accountId,
  order,
  today,
  contacts,
  products,
}: {
  accountId: string;
  /** The new order's default sales date: today in PCRM_TIME_ZONE (the browser's UTC date is yesterday before 08:00 in Shanghai). */
  today?: string;
  order?: { id: string; version: number; values: OrderFieldsInput };
  contacts: { id: string; name: string }[];
  products: ProductOption[];
}) {
  const t = useTranslations("orders");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("orders.validation");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const form = useForm<OrderFieldsInput>({
    resolver: formResolver<OrderFieldsInput>(orderFieldsSchema, { raw: true }),
    defaultValues: order?.values ?? {
      number: "",
      orderDate: today ?? "",
      contactId: "",
      currency: "CNY",
      notes: "",
      lines: [emptyLine],
    },
  });
  const { register, handleSubmit, formState, setFocus, control, setValue, getValues } = form;
  const lines = useFieldArray({ control, name: "lines" });
  useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);
  useEffect(() => setFocus("number"), [setFocus]);
  const currency = useWatch({ control, name: "currency" });
  const watched = useWatch({ control, name: "lines" });

  const onSubmit = handleSubmit(async (fields) => {
    setError(undefined);
    const result = order
      ? await updateOrderAction({ id: order.id, version: order.version, fields })
      : await createOrderAction({ accountId, fields });
    if (result.ok) {
      router.push(`/accounts/${accountId}/orders/${result.data.id}`);
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    setError(errorText(result.message, result.params));
  });

  const id = (name: Name) => `order-${name.replace(/\./g, "-")}`;
  const errorOf = (name: Name) => {
    const parts = name.split(".");
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return errorText((node as { message?: string } | undefined)?.message);
  };
  const field = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });

  /** Choosing a product fills in its list price when the price is still empty. */
  const onProduct = (index: number, productId: string) => {
    const product = products.find((p) => p.id === productId);
    const price = getValues(`lines.${index}.unitPrice`);
    if (product && !price && product.currency === currency) {
      setValue(`lines.${index}.unitPrice`, minorToDecimal(product.listPriceMinor, currency));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("newTitle")}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={id("number")} label={t("field.number")} error={errorOf("number")} required>
          <Input autoComplete="off" {...field("number")} />
        </Field>
        <Field
          id={id("orderDate")}
          label={t("field.orderDate")}
          error={errorOf("orderDate")}
          required
        >
          <Input type="date" {...field("orderDate")} />
        </Field>
        <Field id={id("contactId")} label={t("field.contactId")} error={errorOf("contactId")}>
          <Select {...field("contactId")}>
            <option value="">{t("noContact")}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("currency")} label={t("field.currency")} error={errorOf("currency")} required>
          <Select {...field("currency")}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{t("field.lines")}</legend>
        {products.length === 0 ? <Alert tone="info">{t("noProducts")}</Alert> : null}
        {lines.fields.map((line, i) => {
          const amount = watched?.[i] ? previewAmount(watched[i]!, currency) : null;
          const productField = register(`lines.${i}.productId`);
          return (
            <div
              key={line.id}
              role="group"
              aria-label={t("line", { n: i + 1 })}
              className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]"
            >
              <Field
                id={id(`lines.${i}.productId`)}
                label={t("field.product")}
                error={errorOf(`lines.${i}.productId`)}
                required
              >
                <Select
                  id={id(`lines.${i}.productId`)}
                  aria-invalid={!!errorOf(`lines.${i}.productId`)}
                  {...productField}
                  onChange={(e) => {
                    void productField.onChange(e);
                    onProduct(i, e.target.value);
                  }}
                >
                  <option value="">{t("pickProduct")}</option>
                  {products.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.code} {p.name}
                      {p.unit ? ` (${p.unit})` : ""}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                id={id(`lines.${i}.unitPrice`)}
                label={t("field.unitPrice")}
                error={errorOf(`lines.${i}.unitPrice`)}
                required
              >
                <Input inputMode="decimal" autoComplete="off" {...field(`lines.${i}.unitPrice`)} />
              </Field>
              <Field
                id={id(`lines.${i}.quantity`)}
                label={t("field.quantity")}
                error={errorOf(`lines.${i}.quantity`)}
                required
              >
                <Input inputMode="numeric" autoComplete="off" {...field(`lines.${i}.quantity`)} />
              </Field>
              <Field
                id={id(`lines.${i}.discount`)}
                label={t("field.discount")}
                error={errorOf(`lines.${i}.discount`)}
              >
                <Input inputMode="decimal" autoComplete="off" {...field(`lines.${i}.discount`)} />
              </Field>
              <div className="space-y-1">
                <span className="block text-sm font-medium text-slate-700">
                  {t("field.amount")}
                </span>
                <output className="block py-2 text-sm tabular-nums" aria-live="polite">
                  {amount === null ? "—" : formatMoney(amount, currency, locale)}
                </output>
              </div>
              <div className="self-end pb-1">
                <Button
                  variant="secondary"
                  onClick={() => lines.remove(i)}
                  disabled={lines.fields.length === 1}
                  aria-label={t("removeLine", { n: i + 1 })}
                >
                  ×
                </Button>
              </div>
            </div>
          );
        })}
        {errorOf("lines") ? (
          <p role="alert" className="text-xs text-red-600">
            {errorOf("lines")}
          </p>
        ) : null}
        <Button variant="secondary" onClick={() => lines.append(emptyLine)}>
          {t("addLine")}
        </Button>
      </fieldset>
      <Field id={id("notes")} label={t("field.notes")} error={errorOf("notes")}>
        <Textarea rows={2} {...field("notes")} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : t("save")}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
