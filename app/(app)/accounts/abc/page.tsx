import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { AbcBadge } from "@/components/value/abc-badge";
import { AbcSettingsForm, RecomputeButton } from "@/components/value/abc-settings-form";
import { abcSummary, getAbcSettings } from "@/db/queries/value";
import { requireUser } from "@/lib/auth/session";
import { formatMoney } from "@/lib/cost/money";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("value.abc");
  return { title: t("title") };
}

/** 客户价值分类: accounts and revenue per class; directors set thresholds and recompute. */
export default async function AbcPage() {
  const user = await requireUser();
  const [settings, summary, t, format, locale] = await Promise.all([
    getAbcSettings(),
    abcSummary({ actor: user }),
    getTranslations("value.abc"),
    getFormatter(),
    getLocale(),
  ]);
  const manage = can(user, "abc.manage");
  return (
    <ClientMessages namespaces={["value"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        <Card title={t("summaryTitle")}>
          <table className="w-full max-w-xl text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="p-2">
                  {t("class")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("accounts")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("revenue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.map((row) => (
                <tr key={row.abcClass ?? "none"} className="border-b border-slate-100">
                  <td className="p-2">
                    {row.abcClass ? (
                      <AbcBadge
                        abcClass={row.abcClass}
                        label={t("classLabel", { abc: row.abcClass })}
                      />
                    ) : (
                      t("unclassified")
                    )}
                  </td>
                  <td className="p-2 text-right">{format.number(row.accounts)}</td>
                  <td className="p-2 text-right">
                    {formatMoney(Number(row.revenueMinor), "CNY", locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-xs text-slate-600">
            {settings.lastRunAt
              ? t("lastRun", {
                  at: format.dateTime(new Date(settings.lastRunAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                  ms: settings.lastRunMs ?? 0,
                })
              : t("neverRun")}
          </p>
        </Card>
        {manage ? (
          <Card title={t("settingsTitle")}>
            <div className="space-y-6">
              <AbcSettingsForm
                version={settings.version}
                aShare={String(settings.aShareBp / 100)}
                bShare={String(settings.bShareBp / 100)}
                basis={settings.basis}
              />
              <RecomputeButton />
            </div>
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
