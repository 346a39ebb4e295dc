import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { localiseTemplateName } from "@/components/evaluation/localise-template";
import { TemplateRowActions } from "@/components/evaluation/template-row-actions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { listScorecardTemplates } from "@/db/queries/evaluations";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("scorecard.templateEditor");
  return { title: t("title") };
}

export default async function ScorecardTemplatesPage() {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const [templates, t, format, locale] = await Promise.all([
    listScorecardTemplates(),
    getTranslations("scorecard.templateEditor"),
    getFormatter(),
    getLocale(),
  ]);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <Link
            href="/templates/scorecards/new"
            className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        }
      />
      <Card>
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("criteria")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("thresholds")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("versions")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("evaluations")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((tpl) => (
                <tr key={tpl.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link
                      href={`/templates/scorecards/${tpl.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {localiseTemplateName(tpl.name, locale)}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">
                    {t("criteriaCount", { count: tpl.definition.criteria.length })}
                  </td>
                  <td className="py-2 pr-3">{t("thresholdSummary", tpl.definition.thresholds)}</td>
                  <td className="py-2 pr-3">
                    {t("currentVersion", { number: tpl.currentNumber })}
                    <span className="block text-xs text-slate-500">
                      {format.dateTime(tpl.updatedAt, { dateStyle: "medium" })}
                    </span>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{tpl.evaluationCount}</td>
                  <td className="space-x-1 py-2 pr-3">
                    {tpl.isDefault ? <Badge tone="blue">{t("default")}</Badge> : null}
                    <Badge tone={tpl.active ? "green" : "slate"}>
                      {tpl.active ? t("active") : t("inactive")}
                    </Badge>
                  </td>
                  <td className="py-2">
                    <TemplateRowActions template={tpl} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </>
  );
}
