"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import {
  createStakeholderAction,
  updateStakeholderAction,
} from "@/app/(app)/accounts/[id]/stakeholder-actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { Stakeholder } from "@/db/schema/stakeholders";
import { stakeholderFieldsSchema } from "@/lib/validations/stakeholder";
import { StakeholderFormFields, type StakeholderFormInput } from "./stakeholder-form-fields";

const EMPTY: StakeholderFormInput = {
  side: "customer",
  name: "",
  salutation: "",
  department: "",
  title: "",
  decisionRole: "decision_maker",
  influence: 3,
  attitude: "neutral",
  mobile: "",
  officePhone: "",
  homePhone: "",
  fax: "",
  email: "",
  countryRegion: "",
  province: "",
  city: "",
  postalCode: "",
  address: "",
  isPrimary: false,
  hobbies: "",
  specialDates: [],
};

const valuesOf = (s: Stakeholder): StakeholderFormInput => ({
  side: s.side,
  name: s.name,
  salutation: s.salutation,
  department: s.department,
  title: s.title,
  decisionRole: s.decisionRole,
  influence: s.influence,
  attitude: s.attitude,
  mobile: s.mobile,
  officePhone: s.officePhone,
  homePhone: s.homePhone,
  fax: s.fax,
  email: s.email,
  countryRegion: s.countryRegion,
  province: s.province,
  city: s.city,
  postalCode: s.postalCode,
  address: s.address,
  isPrimary: s.isPrimary,
  hobbies: s.hobbies,
  specialDates: s.specialDates,
});

/**
 * Add or edit one stakeholder. The same zod schema validates here and on the
 * server; a version conflict keeps everything typed so nothing is lost.
 */
export function StakeholderForm({
  accountId,
  stakeholder,
  side = "customer",
  onDone,
  onCancel,
}: {
  accountId: string;
  stakeholder?: Stakeholder;
  side?: Stakeholder["side"];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account.stakeholders");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("accounts.validation");
  const router = useRouter();
  const [error, setError] = useState<string[]>([]);
  const form = useForm({
    resolver: formResolver(stakeholderFieldsSchema),
    defaultValues: stakeholder ? valuesOf(stakeholder) : { ...EMPTY, side },
  });
  const { handleSubmit, formState, setFocus } = form;

  useEffect(() => setFocus("name"), [setFocus]);

  const onSubmit = handleSubmit(async (fields) => {
    setError([]);
    const result = stakeholder
      ? await updateStakeholderAction({ id: stakeholder.id, version: stakeholder.version, fields })
      : await createStakeholderAction({ accountId, fields });
    if (result.ok) {
      router.refresh();
      onDone();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    setError([errorText(result.message, result.params)].filter((line): line is string => !!line));
  });

  const prefix = stakeholder ? `stakeholder-${stakeholder.id}` : "stakeholder-new";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={stakeholder ? t("editTitle", { name: stakeholder.name }) : t("addTitle")}
      className="space-y-4 rounded-lg border border-brand-100 bg-brand-50/40 p-4"
    >
      <h3 className="text-base font-semibold">
        {stakeholder ? t("editTitle", { name: stakeholder.name }) : t("addTitle")}
      </h3>
      <StakeholderFormFields form={form} prefix={prefix} />
      {error.length ? (
        <Alert tone="error">
          {error.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("saving") : stakeholder ? t("save") : t("add")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={formState.isSubmitting}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
