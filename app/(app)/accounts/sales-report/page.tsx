import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PrintFrame } from "@/components/reports/print-frame";
import { ReportPeriodForm } from "@/components/reports/report-period-form";
import { SalesReport } from "@/components/reports/sales-report";
import { ClientMessages } from "@/components/shell/client-messages";
import { Field, Select } from "@/components/ui/field";
import { salesByAccount, salesByManager } from "@/db/queries/sales-report";
import { listAccountOwners } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { seesAllAccounts } from "@/lib/policy";
import { reportPeriod } from "@/lib/service/report";

/** Most accounts one printed report lists; the orders export has them all. */
const PRINT_LIMIT = 500;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata() {
  const t = await getTranslations("exports.salesReport");
  return { title: t("title") };
}

/**
 * The printable sales report (销售报表, seed 002) for `?from=&to=` (order dates, both
 * included; the current quarter by default): a manager's own and team accounts;
 * directors, executives and admins all, or one manager's (`?owner=`).
 */
export default async function SalesReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const query = await searchParams;
  const period = reportPeriod(query, env.PCRM_TIME_ZONE, new Date());
  const all = seesAllAccounts(user);
  const owner = one(query.owner);
  const ownerId = all && owner && z.uuid().safeParse(owner).success ? owner : undefined;
  const args = { actor: user, period, ownerId };
  const [managers, { rows, total }, owners, t] = await Promise.all([
    salesByManager(args),
    salesByAccount(args, PRINT_LIMIT),
    all ? listAccountOwners() : Promise.resolve([]),
    getTranslations("exports"),
  ]);
  const ownerName = ownerId ? owners.find((o) => o.id === ownerId)?.name : undefined;
  const periodLine = t("salesReport.periodLine", { from: period.from, to: period.to });
  return (
    <ClientMessages namespaces={["exports"]}>
      <ReportPeriodForm
        period={period}
        labels={{
          form: t("salesReport.period"),
          from: t("salesReport.from"),
          to: t("salesReport.to"),
          show: t("salesReport.show"),
        }}
      >
        {all ? (
          <Field id="report-owner" label={t("salesReport.manager")} className="w-56">
            <Select id="report-owner" name="owner" defaultValue={ownerId ?? ""}>
              <option value="">{t("salesReport.allManagers")}</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </ReportPeriodForm>
      <PrintFrame
        back="/accounts"
        backLabel={t("back")}
        printLabel={t("print")}
        printedBy={user.name}
        timeZone={env.PCRM_TIME_ZONE}
        title={t("salesReport.title")}
        filters={[
          periodLine,
          all
            ? t("salesReport.managerLine", { name: ownerName ?? t("salesReport.allManagers") })
            : t("salesReport.ownScope"),
        ].join(" · ")}
      >
        <SalesReport managers={managers} accounts={rows} totalAccounts={total} />
      </PrintFrame>
    </ClientMessages>
  );
}
