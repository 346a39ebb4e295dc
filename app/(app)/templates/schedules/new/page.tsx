import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { TemplateForm } from "@/components/schedule/template-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { industryOptions } from "../template-form-options";

export async function generateMetadata() {
  const t = await getTranslations("schedule.templateEditor");
  return { title: t("new") };
}

export default async function NewScheduleTemplatePage() {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const [t, locale] = await Promise.all([getTranslations("schedule.templateEditor"), getLocale()]);
  return (
    <>
      <Link
        href="/templates/schedules"
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {t("backToList")}
      </Link>
      <PageHeader title={t("new")} description={t("intro")} />
      <Card>
        <TemplateForm industries={await industryOptions(locale)} />
      </Card>
    </>
  );
}
