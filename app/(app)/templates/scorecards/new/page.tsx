import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { localiseTemplate } from "@/components/evaluation/localise-template";
import { TemplateEditor } from "@/components/evaluation/template-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { listScorecardTemplates } from "@/db/queries/evaluations";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("scorecard.templateEditor");
  return { title: t("newTitle") };
}

/** A new template starts as a copy of the default's criteria, to adjust rather than retype. */
export default async function NewScorecardTemplatePage() {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const [templates, t, locale] = await Promise.all([
    listScorecardTemplates(),
    getTranslations("scorecard.templateEditor"),
    getLocale(),
  ]);
  const base = templates.find((x) => x.isDefault) ?? templates[0];
  return (
    <>
      <Link
        href="/templates/scorecards"
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {t("backToList")}
      </Link>
      <PageHeader title={t("newTitle")} description={t("intro")} />
      <Card>
        <TemplateEditor
          initial={{
            name: "",
            criteria: base ? localiseTemplate(base.definition, locale).criteria : [],
            thresholds: base?.definition.thresholds ?? { go: 70, hold: 50 },
          }}
        />
      </Card>
    </>
  );
}
