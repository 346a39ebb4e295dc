import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { SlaPolicyRow } from "@/components/service/sla-policy-row";
import { Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { listSlaPolicies } from "@/db/queries/service-rules";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("service.settings");
  return { title: t("title") };
}

/** The SLA policy per type × priority, in working hours (directors and admins). */
export default async function SlaSettingsPage() {
  const user = await requireUser();
  if (!can(user, "slaPolicy.manage")) forbidden();
  const [policies, t] = await Promise.all([listSlaPolicies(), getTranslations("service")]);
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.intro")} />
      <Card>
        <TableScroll label={t("settings.title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("field.type")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("sla.firstResponse")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("sla.resolution")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  <span className="sr-only">{t("settings.save")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {policies.map((p) => (
                <SlaPolicyRow key={`${p.type}-${p.priority}`} policy={p} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </>
  );
}
