"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Field, Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, GRADES } from "@/db/schema/accounts";
import type { createAccountSchema } from "@/lib/validations/account";

export type AccountFormInput = z.input<typeof createAccountSchema>;
export type AccountFormOutput = z.output<typeof createAccountSchema>;
export type AccountForm = UseFormReturn<AccountFormInput, unknown, AccountFormOutput>;
export type ReferenceOption = { id: number; label: string };
export type AccountFormOptions = {
  industries: ReferenceOption[];
  sources: ReferenceOption[];
  areas: ReferenceOption[];
  /** Only for directors and admins creating an account: who will own it. */
  owners?: { id: string; name: string; role: string }[];
};
type Name = FieldPath<AccountFormInput>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
    </fieldset>
  );
}

/** The customer's fields (seed 002's data dictionary) in three sections. */
export function AccountFormFields({
  form,
  options,
}: {
  form: AccountForm;
  options: AccountFormOptions;
}) {
  const t = useTranslations("accounts");
  const common = useTranslations("common");
  const errorText = useErrorText("accounts.validation");
  const { register, formState } = form;
  const err = (name: Name) => errorText(formState.errors[name]?.message);
  const id = (name: Name) => `account-${name}`;
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!err(name),
    "aria-describedby": err(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });
  const field = (
    name: Name,
    input: ReactNode,
    extra: { required?: boolean; hint?: string; className?: string } = {},
  ) => (
    <Field id={id(name)} label={t(`field.${name}`)} error={err(name)} {...extra}>
      {input}
    </Field>
  );
  const text = (name: Name, props: Record<string, unknown> = {}) =>
    field(name, <Input {...control(name)} {...props} />);
  const reference = (name: Name, items: ReferenceOption[], required = false) =>
    field(
      name,
      <Select {...control(name)}>
        <option value="">{required ? t("form.choose") : common("common.none")}</option>
        {items.map((item) => (
          <option key={item.id} value={String(item.id)}>
            {item.label}
          </option>
        ))}
      </Select>,
      { required, hint: name === "areaId" ? t("form.areaHint") : undefined },
    );
  const choice = (name: Name, values: readonly string[], labelKey: string) =>
    field(
      name,
      <Select {...control(name)}>
        {values.map((value) => (
          <option key={value} value={value}>
            {t(`${labelKey}.${value}`)}
          </option>
        ))}
      </Select>,
      { required: true },
    );

  return (
    <div className="space-y-6">
      <Section title={t("form.section.basic")}>
        {field("name", <Input autoComplete="organization" {...control("name")} />, {
          required: true,
          className: "sm:col-span-2",
        })}
        {choice("grade", GRADES, "grade")}
        {choice("type", ACCOUNT_TYPES, "type")}
        {choice("status", ACCOUNT_STATUSES, "status")}
        {reference("industryId", options.industries)}
        {reference("sourceId", options.sources)}
        {options.owners
          ? field(
              "ownerId",
              <Select {...control("ownerId")}>
                <option value="">{t("form.ownerNone")}</option>
                {options.owners.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} · {common(`roles.${user.role}`)}
                  </option>
                ))}
              </Select>,
            )
          : null}
      </Section>
      <Section title={t("form.section.contact")}>
        {reference("areaId", options.areas, true)}
        {text("countryRegion", { autoComplete: "country-name" })}
        {text("province", { autoComplete: "address-level1" })}
        {text("city", { autoComplete: "address-level2" })}
        {text("postalCode", { autoComplete: "postal-code" })}
        {field("address", <Input autoComplete="street-address" {...control("address")} />, {
          className: "sm:col-span-2 lg:col-span-3",
        })}
        {text("phone", { type: "tel", autoComplete: "tel" })}
        {text("fax", { type: "tel" })}
        {text("email", { type: "email", autoComplete: "email" })}
        {text("homepage", { type: "url", placeholder: "https://" })}
      </Section>
      <Section title={t("form.section.scale")}>
        {field("annualRevenue", <Input inputMode="decimal" {...control("annualRevenue")} />, {
          hint: t("form.revenueHint"),
        })}
        {text("employeeCount", { inputMode: "numeric" })}
      </Section>
    </div>
  );
}
