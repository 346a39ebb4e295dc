import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintFrame } from "@/components/reports/print-frame";
import { ReportPeriodForm } from "@/components/reports/report-period-form";
import { ServiceReport } from "@/components/reports/service-report";
import { ClientMessages } from "@/components/shell/client-messages";
import { getAccount } from "@/db/queries/accounts";
import { serviceReportAnswers, serviceReportRequests } from "@/db/queries/service-report";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { reportPeriod } from "@/lib/service/report";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const [user, { id }, t] = await Promise.all([
    requireUser(),
    params,
    getTranslations("exports.serviceReport"),
  ]);
  const detail = z.uuid().safeParse(id).success ? await getAccount({ actor: user, id }) : null;
  return { title: detail ? `${t("title")} · ${detail.account.name}` : t("title") };
}

/**
 * The printable service report (服务反馈报表) of one account the user may see, for
 * `?from=&to=` (local days, both included; the current quarter by default).
 */
export default async function ServiceReportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const now = new Date();
  const period = reportPeriod(query, env.PCRM_TIME_ZONE, now);
  const scope = { actor: user, accountId: id, period };
  const [requests, answers, t] = await Promise.all([
    serviceReportRequests(scope),
    serviceReportAnswers(scope),
    getTranslations("exports"),
  ]);
  return (
    <ClientMessages namespaces={["exports"]}>
      <ReportPeriodForm
        period={period}
        labels={{
          form: t("serviceReport.period"),
          from: t("serviceReport.from"),
          to: t("serviceReport.to"),
          show: t("serviceReport.show"),
        }}
      />
      <PrintFrame
        back={`/accounts/${id}?tab=service`}
        backLabel={t("back")}
        printLabel={t("print")}
        printedBy={user.name}
        timeZone={env.PCRM_TIME_ZONE}
        title={t("serviceReport.title")}
        subtitle={`${detail.account.name} · ${detail.account.code}`}
        filters={t("serviceReport.periodLine", { from: period.from, to: period.to })}
      >
        <ServiceReport
          requests={requests}
          answers={answers}
          now={now}
          timeZone={env.PCRM_TIME_ZONE}
        />
      </PrintFrame>
    </ClientMessages>
  );
}
