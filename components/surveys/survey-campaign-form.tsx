"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveSurveyCampaignAction } from "@/app/(app)/service/surveys/actions";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { CAMPAIGN_AUDIENCES, type CampaignAudience } from "@/lib/surveys/types";

/** The quarterly campaign: on or off, and whom it surveys per live account. */
export function SurveyCampaignForm({
  settings,
}: {
  settings: { enabled: boolean; audience: CampaignAudience; version: number };
}) {
  const t = useTranslations("surveys.settings");
  const errorText = useErrorText("surveys.errors");
  const [pending, start] = useTransition();
  const [version, setVersion] = useState(settings.version);
  const [enabled, setEnabled] = useState(settings.enabled);
  const [audience, setAudience] = useState(settings.audience);
  const [message, setMessage] = useState<string>();
  return (
    <form
      className="flex flex-wrap items-end gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await saveSurveyCampaignAction({ version, enabled, audience });
          if (result.ok) {
            setVersion(result.data.version);
            setMessage(t("saved"));
          } else setMessage(errorText(result.message, result.params));
        });
      }}
    >
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
          className="h-4 w-4"
        />
        {t("enabled")}
      </label>
      <Field id="survey-audience" label={t("audience")}>
        <Select
          id="survey-audience"
          value={audience}
          onChange={(e) => setAudience(e.target.value as CampaignAudience)}
        >
          {CAMPAIGN_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`audiences.${a}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("saveCampaign")}
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {message}
      </span>
    </form>
  );
}
