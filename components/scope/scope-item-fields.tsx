"use client";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  IN_SCOPE_LABEL_KEYS,
  PRODUCT_KIND_LABEL_KEYS,
  PRODUCT_KINDS,
  SCOPE_ITEM_TYPE_LABEL_KEYS,
  SCOPE_ITEM_TYPES,
  SERVICE_KIND_LABEL_KEYS,
  SERVICE_KINDS,
  type ProductKind,
  type ServiceKind,
} from "@/lib/scope/rules";

/** Form values of one product or service, as typed (see `scopeItemSchema`). */
export type ScopeItemValues = {
  type: "product" | "service";
  productKind: ProductKind | "";
  serviceKind: ServiceKind | "";
  name: string;
  inScope: boolean;
  agreementRef: string;
  note: string;
};

export const EMPTY_SCOPE_ITEM: ScopeItemValues = {
  type: "product",
  productKind: "standard",
  serviceKind: "",
  name: "",
  inScope: true,
  agreementRef: "",
  note: "",
};

type Name = keyof ScopeItemValues;

export const scopeItemValues = (item: ScopeItemValues): ScopeItemValues => ({
  type: item.type,
  productKind: item.productKind,
  serviceKind: item.serviceKind,
  name: item.name,
  inScope: item.inScope,
  agreementRef: item.agreementRef,
  note: item.note,
});

/** The fields of a scope item; the kind select follows the type, the agreement is asked for custom products. */
export function ScopeItemFields({
  form,
  idPrefix,
}: {
  form: UseFormReturn<ScopeItemValues>;
  idPrefix: string;
}) {
  const t = useTranslations("scope");
  const errorText = useErrorText("scope");
  const { register, formState, control: formControl } = form;
  const [type, productKind, inScope] = useWatch({
    control: formControl,
    name: ["type", "productKind", "inScope"],
  });
  const id = (name: Name) => `${idPrefix}-${name}`;
  const err = (name: Name) => errorText(formState.errors[name]?.message);
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `${id(name)}-error` : undefined,
  });
  const agreementRequired = type === "product" && productKind === "custom" && inScope;

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field id={id("type")} label={t("fields.type")} error={err("type")} required>
        <Select {...control("type")} {...register("type")}>
          {SCOPE_ITEM_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(SCOPE_ITEM_TYPE_LABEL_KEYS[v])}
            </option>
          ))}
        </Select>
      </Field>
      {type === "product" ? (
        <Field
          id={id("productKind")}
          label={t("fields.productKind")}
          error={err("productKind")}
          required
        >
          <Select {...control("productKind")} {...register("productKind")}>
            <option value="">{t("fields.choose")}</option>
            {PRODUCT_KINDS.map((v) => (
              <option key={v} value={v}>
                {t(PRODUCT_KIND_LABEL_KEYS[v])}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field
          id={id("serviceKind")}
          label={t("fields.serviceKind")}
          error={err("serviceKind")}
          required
        >
          <Select {...control("serviceKind")} {...register("serviceKind")}>
            <option value="">{t("fields.choose")}</option>
            {SERVICE_KINDS.map((v) => (
              <option key={v} value={v}>
                {t(SERVICE_KIND_LABEL_KEYS[v])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        id={id("name")}
        label={t("fields.name")}
        error={err("name")}
        required
        className="lg:col-span-2"
      >
        <Input autoComplete="off" {...control("name")} {...register("name")} />
      </Field>
      <Field id={id("inScope")} label={t("fields.scope")} error={err("inScope")} required>
        <Select
          {...control("inScope")}
          {...register("inScope", { setValueAs: (v) => v === true || v === "true" })}
        >
          <option value="true">{t(IN_SCOPE_LABEL_KEYS.true)}</option>
          <option value="false">{t(IN_SCOPE_LABEL_KEYS.false)}</option>
        </Select>
      </Field>
      {type === "product" ? (
        <Field
          id={id("agreementRef")}
          label={t("fields.agreementRef")}
          error={err("agreementRef")}
          hint={productKind === "custom" ? t("fields.agreementHint") : undefined}
          required={agreementRequired}
        >
          <Input autoComplete="off" {...control("agreementRef")} {...register("agreementRef")} />
        </Field>
      ) : null}
      <Field
        id={id("note")}
        label={t("fields.note")}
        error={err("note")}
        hint={inScope ? undefined : t("fields.outOfScopeHint")}
        className={type === "product" ? "lg:col-span-2" : "lg:col-span-3"}
      >
        <Textarea rows={2} {...control("note")} {...register("note")} />
      </Field>
    </div>
  );
}
