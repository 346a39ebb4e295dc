import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { localiseTemplate, localiseTemplateName } from "@/components/evaluation/localise-template";
import { TemplateEditor } from "@/components/evaluation/template-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { getScorecardTemplate } from "@/db/queries/evaluations";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

type Params = { params: Promise<{ templateId: string }> };

export async function generateMetadata() {
  const t = await getTranslations("scorecard.templateEditor");
  return { title: t("title") };
}

export default async function EditScorecardTemplatePage({ params }: Params) {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const { templateId } = await params;
  if (!z.uuid().safeParse(templateId).success) notFound();
  const found = await getScorecardTemplate(templateId);
  if (!found) notFound();
  const [t, format, locale] = await Promise.all([
    getTranslations("scorecard.templateEditor"),
    getFormatter(),
    getLocale(),
  ]);
  const { template, current, versions } = found;
  const nextNumber = (versions[0]?.number ?? 0) + 1;
  return (
    <>
      <Link
        href="/templates/scorecards"
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {t("backToList")}
      </Link>
      <PageHeader
        title={localiseTemplateName(template.name, locale)}
        description={t("editIntro", { number: nextNumber })}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <TemplateEditor
            template={{ id: template.id, version: template.version }}
            initial={localiseTemplate(current.definition, locale)}
          />
        </Card>
        <Card title={t("versions")} className="xl:self-start">
          <ol className="space-y-2 text-sm">
            {versions.map((v) => (
              <li key={v.id} className="border-b border-slate-100 pb-2 last:border-0">
                <p className="font-medium">{t("versionN", { number: v.number })}</p>
                <p className="text-slate-600">
                  {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {v.authorName ? ` · ${v.authorName}` : ""}
                </p>
                <p className="text-xs text-slate-500">
                  {t("criteriaCount", { count: v.definition.criteria.length })} ·{" "}
                  {t("thresholdSummary", v.definition.thresholds)}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
