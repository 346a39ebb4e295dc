import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { LadderStepRow } from "@/components/service/ladder-step-row";
import { Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { listLadderSteps } from "@/db/queries/service-rules";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("service.ladder");
  return { title: t("title") };
}

/** The escalation ladder: each step's clock, threshold and who it tells (directors and admins). */
export default async function EscalationLadderPage() {
  const user = await requireUser();
  if (!can(user, "escalationLadder.manage")) forbidden();
  const [steps, t] = await Promise.all([listLadderSteps(), getTranslations("service.ladder")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <Link
            href="/service/sla"
            className="rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            {t("slaLink")}
          </Link>
        }
      />
      <Card>
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("step")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("clock")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("percent")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("extraHours")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("target")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("active")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  <span className="sr-only">{t("save")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => (
                <LadderStepRow
                  key={`${s.id}-${s.version}`}
                  step={s}
                  label={t("stepNumber", { n: i + 1 })}
                />
              ))}
              <LadderStepRow key={`new-${steps.length}`} label={t("newStep")} />
            </tbody>
          </table>
        </TableScroll>
        <p className="mt-3 text-xs text-slate-500">{t("note")}</p>
      </Card>
    </>
  );
}
