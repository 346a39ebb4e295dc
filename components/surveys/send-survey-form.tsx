"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendSurveyAction } from "@/app/(app)/accounts/[id]/survey-actions";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { SURVEY_LOCALES, type SurveyLocale } from "@/lib/surveys/types";

/** Send one customer contact of the account a survey link by hand. */
export function SendSurveyForm({
  accountId,
  contacts,
}: {
  accountId: string;
  contacts: { id: string; name: string; locale: SurveyLocale }[];
}) {
  const t = useTranslations("surveys");
  const errorText = useErrorText("surveys.errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [contactId, setContactId] = useState(contacts[0]?.id ?? "");
  const [locale, setLocale] = useState<SurveyLocale>(contacts[0]?.locale ?? "zh-CN");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string }>();
  if (contacts.length === 0) {
    return <p className="text-sm text-slate-600">{t("account.send.noContacts")}</p>;
  }
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await sendSurveyAction({ accountId, contactId, locale });
          if (result.ok) {
            setMessage({ tone: "ok", text: t("account.send.sent") });
            router.refresh();
          } else {
            const field = result.fieldErrors?.contactId?.[0];
            setMessage({ tone: "error", text: errorText(field ?? result.message) ?? "" });
          }
        });
      }}
    >
      <Field id="survey-contact" label={t("account.send.contact")} className="min-w-48">
        <Select
          id="survey-contact"
          value={contactId}
          onChange={(e) => {
            setContactId(e.target.value);
            const chosen = contacts.find((c) => c.id === e.target.value);
            if (chosen) setLocale(chosen.locale);
          }}
        >
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="survey-locale" label={t("account.send.locale")}>
        <Select
          id="survey-locale"
          value={locale}
          onChange={(e) => setLocale(e.target.value as SurveyLocale)}
        >
          {SURVEY_LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`locales.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending || !contactId}>
        {pending ? t("account.send.sending") : t("account.send.submit")}
      </Button>
      <p
        role="status"
        className={
          message?.tone === "error"
            ? "w-full text-sm text-red-700"
            : "w-full text-sm text-slate-700"
        }
      >
        {message?.text}
      </p>
    </form>
  );
}
