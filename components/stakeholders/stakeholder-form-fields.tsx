"use client";
import { useTranslations } from "next-intl";
import { useEffect, type ReactNode } from "react";
import { useFieldArray, useWatch, type FieldPath, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  ATTITUDES,
  CUSTOMER_ROLES,
  INFLUENCE_LEVELS,
  OUR_ROLES,
  SIDES,
} from "@/db/schema/stakeholders";
import type { stakeholderFieldsSchema } from "@/lib/validations/stakeholder";

export type StakeholderFormInput = z.input<typeof stakeholderFieldsSchema>;
type Output = z.output<typeof stakeholderFieldsSchema>;
type Form = UseFormReturn<StakeholderFormInput, unknown, Output>;
type Name = FieldPath<StakeholderFormInput>;

/** The contact-list fields of seed 002; roles offered follow the chosen side. */
export function StakeholderFormFields({ form, prefix }: { form: Form; prefix: string }) {
  const t = useTranslations("account.stakeholders");
  const errorText = useErrorText("accounts.validation");
  const { register, formState, control: formControl, setValue, getValues } = form;
  const side = useWatch({ control: formControl, name: "side" });
  const roles: readonly string[] = side === "ours" ? OUR_ROLES : CUSTOMER_ROLES;
  const dates = useFieldArray({ control: formControl, name: "specialDates" });

  useEffect(() => {
    if (!roles.includes(getValues("decisionRole"))) {
      setValue("decisionRole", roles[0] as StakeholderFormInput["decisionRole"]);
    }
    if (side === "ours") setValue("isPrimary", false);
  }, [side, roles, getValues, setValue]);

  const errorOf = (name: Name): string | undefined => {
    const parts = name.split(".");
    let node: unknown = formState.errors;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    return errorText((node as { message?: string } | undefined)?.message);
  };
  const id = (name: Name) => `${prefix}-${name.replaceAll(".", "-")}`;
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });
  const field = (name: Name, label: string, input: ReactNode, required = false, className = "") => (
    <Field
      id={id(name)}
      label={label}
      error={errorOf(name)}
      required={required}
      className={className}
    >
      {input}
    </Field>
  );
  const text = (name: Name, type = "text") =>
    field(name, t(`field.${name}`), <Input type={type} {...control(name)} />);
  const choice = (name: Name, values: readonly (string | number)[], labelKey: string) =>
    field(
      name,
      t(`field.${name}`),
      <Select {...control(name)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${labelKey}.${v}`)}
          </option>
        ))}
      </Select>,
      true,
    );

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {choice("side", SIDES, "side")}
        {field("name", t("field.name"), <Input autoComplete="off" {...control("name")} />, true)}
        {text("salutation")}
        {choice("decisionRole", roles, "role")}
        {text("department")}
        {text("title")}
        {choice("influence", INFLUENCE_LEVELS, "influence")}
        {choice("attitude", ATTITUDES, "attitude")}
        {text("mobile", "tel")}
        {text("officePhone", "tel")}
        {text("homePhone", "tel")}
        {text("fax", "tel")}
        {text("email", "email")}
        {side === "customer" ? (
          <div className="flex items-end pb-2">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" {...register("isPrimary")} />
              {t("field.isPrimary")}
            </label>
          </div>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {text("countryRegion")}
        {text("province")}
        {text("city")}
        {text("postalCode")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("address")}
        {field(
          "hobbies",
          t("field.hobbies"),
          <Textarea className="min-h-10" {...control("hobbies")} />,
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("field.specialDates")}</legend>
        {dates.fields.map((item, index) => (
          <div key={item.id} className="flex flex-wrap items-start gap-2">
            {field(
              `specialDates.${index}.label`,
              t("dateLabel"),
              <Input {...control(`specialDates.${index}.label`)} />,
              true,
              "min-w-40 flex-1",
            )}
            {field(
              `specialDates.${index}.date`,
              t("date"),
              <Input type="date" {...control(`specialDates.${index}.date`)} />,
              true,
            )}
            <Button
              variant="ghost"
              size="sm"
              className="mt-6"
              onClick={() => dates.remove(index)}
              aria-label={t("removeDate", { n: index + 1 })}
            >
              {t("remove")}
            </Button>
          </div>
        ))}
        {dates.fields.length < 10 ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => dates.append({ label: "", date: "" })}
          >
            {t("addDate")}
          </Button>
        ) : null}
      </fieldset>
    </div>
  );
}
