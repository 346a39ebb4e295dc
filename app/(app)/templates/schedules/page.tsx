import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { stepLabel, templateName } from "@/lib/schedule/labels";
import { TemplateRowActions } from "@/components/schedule/template-row-actions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { listScheduleTemplates } from "@/db/queries/schedules";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("schedule.templateEditor");
  return { title: t("title") };
}

export default async function ScheduleTemplatesPage() {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const [templates, t, locale] = await Promise.all([
    listScheduleTemplates(),
    getTranslations("schedule"),
    getLocale(),
  ]);
  const tr = (key: string) => t(key as Parameters<typeof t>[0]);

  return (
    <>
      <PageHeader
        title={t("templateEditor.title")}
        description={t("templateEditor.intro")}
        actions={
          <Link
            href="/templates/schedules/new"
            className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("templateEditor.new")}
          </Link>
        }
      />
      <Card>
        <TableScroll label={t("templateEditor.title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("templateEditor.name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("templateEditor.industry")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("templateEditor.targetDaysToOrder")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("templateEditor.steps")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.status")}
                </th>
                <th scope="col" className="py-2">
                  {t("fields.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((tpl) => {
                const name = templateName(tr, tpl.name);
                const industry =
                  tpl.industryId === null
                    ? t("templateEditor.anyIndustry")
                    : ((locale === "en" ? tpl.industryEn : tpl.industryZh) ?? "");
                const totalDays = tpl.steps.reduce((sum, s) => sum + s.durationDays, 0);
                return (
                  <tr key={tpl.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <Link
                        href={`/templates/schedules/${tpl.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {name}
                      </Link>
                    </th>
                    <td className="py-2 pr-3">{industry}</td>
                    <td className="py-2 pr-3">
                      {tpl.targetDaysToOrder === null
                        ? t("templateEditor.noTarget")
                        : t("fields.durationDays", { days: tpl.targetDaysToOrder })}
                    </td>
                    <td className="max-w-md py-2 pr-3 text-slate-700">
                      {t("templateEditor.stepSummary", {
                        count: tpl.steps.length,
                        days: totalDays,
                      })}
                      <span className="block text-xs text-slate-500">
                        {tpl.steps.map((s) => stepLabel(tr, s.key, s.label)).join(" → ")}
                      </span>
                    </td>
                    <td className="space-x-1 py-2 pr-3">
                      {tpl.isDefault ? (
                        <Badge tone="blue">{t("templateEditor.default")}</Badge>
                      ) : null}
                      <Badge tone={tpl.active ? "green" : "slate"}>
                        {tpl.active ? t("templateEditor.active") : t("templateEditor.inactive")}
                      </Badge>
                    </td>
                    <td className="py-2">
                      <TemplateRowActions
                        template={{
                          id: tpl.id,
                          version: tpl.version,
                          name,
                          active: tpl.active,
                          isDefault: tpl.isDefault,
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </>
  );
}
