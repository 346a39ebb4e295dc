"use client";
import { formResolver } from "@/components/ui/form-resolver";
import { useTimeZone, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import {
  createServiceRequestAction,
  updateServiceRequestAction,
} from "@/app/(app)/service/request-actions";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { localDateTimeOf } from "@/lib/activities/local-time";
import {
  SERVICE_CHANNELS,
  SERVICE_PRIORITIES,
  SERVICE_TYPES,
  type ServicePriority,
} from "@/lib/service/types";
import { serviceFormSchema, type ServiceFields } from "@/lib/validations/service";

type Input = z.input<typeof serviceFormSchema>;
type Name = FieldPath<Input>;

export type EditedRequest = ServiceFields & {
  id: string;
  version: number;
  receivedAt: Date;
  priority: ServicePriority;
};

/**
 * Log a service request for an account, or edit one. The same zod schema checks
 * here and on the server; the time received is a wall time in the organisation's zone.
 */
export function ServiceRequestForm({
  accountId,
  request,
  contacts,
}: {
  accountId: string;
  request?: EditedRequest;
  contacts: { id: string; name: string }[];
}) {
  const t = useTranslations("service");
  const common = useTranslations("common.actions");
  const errorText = useErrorText("service.validation");
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const form = useForm<Input>({
    resolver: formResolver(serviceFormSchema),
    defaultValues: {
      subject: request?.subject ?? "",
      product: request?.product ?? "",
      contactId: request?.contactId ?? "",
      channel: request?.channel ?? "phone",
      type: request?.type ?? "complaint",
      description: request?.description ?? "",
      resolution: request?.resolution ?? "",
      receivedAt: localDateTimeOf(request ? new Date(request.receivedAt) : new Date(), timeZone),
      priority: request?.priority ?? "normal",
    },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);
  useEffect(() => setFocus("subject"), [setFocus]);

  const onSubmit = handleSubmit(async ({ receivedAt, priority, ...fields }) => {
    setError(undefined);
    const result = request
      ? await updateServiceRequestAction({ id: request.id, version: request.version, fields })
      : await createServiceRequestAction({ accountId, receivedAt, priority, fields });
    if (result.ok) {
      router.push(`/service/${result.data.id}`);
      router.refresh();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    setError(errorText(result.message, result.params));
  });

  const id = (name: Name) => `service-${name}`;
  const errorOf = (name: Name) => errorText(formState.errors[name]?.message);
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("newTitle")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("subject")} label={t("field.subject")} error={errorOf("subject")} required>
          <Input autoComplete="off" {...control("subject")} />
        </Field>
        <Field id={id("product")} label={t("field.product")} error={errorOf("product")}>
          <Input autoComplete="off" {...control("product")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={id("type")} label={t("field.type")} error={errorOf("type")} required>
          <Select {...control("type")}>
            {SERVICE_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`type.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("channel")} label={t("field.channel")} error={errorOf("channel")} required>
          <Select {...control("channel")}>
            {SERVICE_CHANNELS.map((v) => (
              <option key={v} value={v}>
                {t(`channel.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        {request ? null : (
          <>
            <Field
              id={id("priority")}
              label={t("field.priority")}
              error={errorOf("priority")}
              required
            >
              <Select {...control("priority")}>
                {SERVICE_PRIORITIES.map((v) => (
                  <option key={v} value={v}>
                    {t(`priority.${v}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              id={id("receivedAt")}
              label={t("field.receivedAt")}
              error={errorOf("receivedAt")}
              hint={t("receivedAtHint", { zone: timeZone })}
              required
            >
              <Input type="datetime-local" {...control("receivedAt")} />
            </Field>
          </>
        )}
        <Field id={id("contactId")} label={t("field.contactId")} error={errorOf("contactId")}>
          <Select {...control("contactId")}>
            <option value="">{t("noContact")}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={id("description")} label={t("field.description")} error={errorOf("description")}>
        <Textarea rows={4} {...control("description")} />
      </Field>
      <Field id={id("resolution")} label={t("field.resolution")} error={errorOf("resolution")}>
        <Textarea rows={3} {...control("resolution")} />
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
