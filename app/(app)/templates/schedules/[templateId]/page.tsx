import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { stepLabel, templateName } from "@/lib/schedule/labels";
import { TemplateForm } from "@/components/schedule/template-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getScheduleTemplate } from "@/db/queries/schedules";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { industryOptions } from "../template-form-options";

type Params = { params: Promise<{ templateId: string }> };

export async function generateMetadata() {
  const t = await getTranslations("schedule.templateEditor");
  return { title: t("editTitle") };
}

export default async function EditScheduleTemplatePage({ params }: Params) {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const { templateId } = await params;
  if (!z.uuid().safeParse(templateId).success) notFound();
  const template = await getScheduleTemplate(templateId);
  if (!template) notFound();
  const [t, ts, locale] = await Promise.all([
    getTranslations("schedule.templateEditor"),
    getTranslations("schedule"),
    getLocale(),
  ]);
  const tr = (key: string) => ts(key as Parameters<typeof ts>[0]);
  return (
    <>
      <Link
        href="/templates/schedules"
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {t("backToList")}
      </Link>
      <PageHeader title={templateName(tr, template.name)} description={t("editIntro")} />
      <Card>
        <TemplateForm
          industries={await industryOptions(locale)}
          template={{
            id: template.id,
            version: template.version,
            values: {
              // Built-in wording in the reader's language (saved that way, it still follows it).
              name: templateName(tr, template.name),
              industry: template.industryCode ?? "",
              targetDaysToOrder: template.targetDaysToOrder,
              steps: template.steps.map((s) => ({
                key: s.key,
                label: stepLabel(tr, s.key, s.label),
                durationDays: s.durationDays,
              })),
            },
          }}
        />
      </Card>
    </>
  );
}
