import { getLocale, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { DashboardFilterBar } from "@/components/dashboards/dashboard-filter-bar";
import { DashboardTabs } from "@/components/dashboards/dashboard-tabs";
import { PrintedLine } from "@/components/ui/printed-line";
import { todayIn } from "@/lib/dates";
import { ClientMessages } from "@/components/shell/client-messages";
import { PageHeader } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { dashboardOwners } from "@/db/queries/dashboards";
import { listReferenceItems } from "@/db/queries/reference-data";
import { requireUser } from "@/lib/auth/session";
import { hiddenDashboardViews } from "@/lib/dashboards/hidden-views";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("dashboards");
  return { title: t("title") };
}

export default async function DashboardsLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const viewAll = can(user, "dashboard.viewAll");
  const [t, locale, owners, references] = await Promise.all([
    getTranslations("dashboards"),
    getLocale(),
    viewAll ? dashboardOwners() : [],
    listReferenceItems(),
  ]);
  const name = (r: { nameEn: string; nameZh: string }) => (locale === "en" ? r.nameEn : r.nameZh);
  const options = (kind: "industry" | "source") =>
    references.filter((r) => r.kind === kind).map((r) => ({ id: String(r.id), label: name(r) }));
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={t("title")}
        description={viewAll ? t("intro.all") : t("intro.own")}
        actions={<PrintButton label={t("print")} />}
      />
      {/* On paper the filter bar gives way to this line and the filters' summary. */}
      <PrintedLine name={user.name} timeZone={env.PCRM_TIME_ZONE} />
      <Suspense>
        <DashboardFilterBar
          today={todayIn(env.PCRM_TIME_ZONE, new Date())}
          owners={owners.map((o) => ({ id: o.id, label: o.name }))}
          industries={options("industry")}
          sources={options("source")}
        />
        <DashboardTabs hidden={hiddenDashboardViews(user)} />
      </Suspense>
      {children}
    </ClientMessages>
  );
}
