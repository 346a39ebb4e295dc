"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { createProductAction, updateProductAction } from "@/app/(app)/admin/products/actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { formResolver } from "@/components/ui/form-resolver";
import { useErrorText } from "@/components/ui/use-error-text";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { CURRENCIES } from "@/lib/cost/money";
import { productFieldsSchema, type ProductFieldsInput } from "@/lib/validations/orders";

type Name = FieldPath<ProductFieldsInput>;

const EMPTY: ProductFieldsInput = {
  code: "",
  name: "",
  unit: "",
  currency: "CNY",
  listPrice: "",
  cost: "",
  active: true,
};

/** Add a product to the catalogue, or edit one (`product`). */
export function ProductForm({
  product,
}: {
  product?: { id: string; version: number; values: ProductFieldsInput };
}) {
  const t = useTranslations("orders.products");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("orders.validation");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const form = useForm<ProductFieldsInput>({
    resolver: formResolver<ProductFieldsInput>(productFieldsSchema, { raw: true }),
    defaultValues: product?.values ?? EMPTY,
  });
  const { register, handleSubmit, formState, reset } = form;
  useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);

  const onSubmit = handleSubmit(async (fields) => {
    setError(undefined);
    const result = product
      ? await updateProductAction({ id: product.id, version: product.version, fields })
      : await createProductAction({ fields });
    if (result.ok) {
      if (product) router.push("/admin/products");
      else reset(EMPTY);
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    setError(errorText(result.message, result.params));
  });

  const id = (name: Name) => `product-${name}`;
  const errorOf = (name: Name) => errorText(formState.errors[name]?.message);
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label={product ? t("save") : t("add")}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={id("code")} label={t("field.code")} error={errorOf("code")} required>
          <Input autoComplete="off" {...control("code")} />
        </Field>
        <Field id={id("name")} label={t("field.name")} error={errorOf("name")} required>
          <Input autoComplete="off" {...control("name")} />
        </Field>
        <Field id={id("unit")} label={t("field.unit")} error={errorOf("unit")}>
          <Input autoComplete="off" {...control("unit")} />
        </Field>
        <Field id={id("currency")} label={t("field.currency")} error={errorOf("currency")} required>
          <Select {...control("currency")}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={id("listPrice")}
          label={t("field.listPrice")}
          error={errorOf("listPrice")}
          required
        >
          <Input inputMode="decimal" autoComplete="off" {...control("listPrice")} />
        </Field>
        <Field id={id("cost")} label={t("field.cost")} error={errorOf("cost")}>
          <Input inputMode="decimal" autoComplete="off" {...control("cost")} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} />
        {t("field.active")}
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : product ? t("save") : t("add")}
        </Button>
        {product ? (
          <Button variant="secondary" onClick={() => router.push("/admin/products")}>
            {common("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
