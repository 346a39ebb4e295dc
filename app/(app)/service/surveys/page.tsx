import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ClientMessages } from "@/components/shell/client-messages";
import { SurveyCampaignForm } from "@/components/surveys/survey-campaign-form";
import { SurveyTemplateForm } from "@/components/surveys/survey-template-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentSurveyTemplate, getSurveyCampaignSettings } from "@/db/queries/surveys";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("surveys.settings");
  return { title: t("title") };
}

/** The survey template (each save a new version) and the quarterly campaign (directors and admins). */
export default async function SurveySettingsPage() {
  const user = await requireUser();
  if (!can(user, "survey.manage")) forbidden();
  const [template, settings, t] = await Promise.all([
    getCurrentSurveyTemplate(),
    getSurveyCampaignSettings(),
    getTranslations("surveys.settings"),
  ]);
  return (
    <ClientMessages namespaces={["surveys"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("campaign")}</h2>
          <SurveyCampaignForm settings={settings} />
        </Card>
        {template ? (
          <Card>
            <h2 className="mb-3 text-base font-semibold">
              {t("template")} · {t("version", { version: template.version })}
            </h2>
            <SurveyTemplateForm
              template={{
                basedOn: template.version,
                titleZh: template.titleZh,
                titleEn: template.titleEn,
                introZh: template.introZh,
                introEn: template.introEn,
                csatZh: template.csatZh,
                csatEn: template.csatEn,
                npsZh: template.npsZh,
                npsEn: template.npsEn,
                commentZh: template.commentZh,
                commentEn: template.commentEn,
                questions: template.questions,
              }}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
