import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TriggerSetting } from "@/lib/tasks/triggers";
import { ReturnVisitTriggerForm } from "./return-visit-trigger-form";

/** The admin's return-visit triggers (回访): window in days and on/off, one form per trigger. */
export async function ReturnVisitTriggersCard({ triggers }: { triggers: TriggerSetting[] }) {
  const [t, tt] = await Promise.all([
    getTranslations("settings.stages"),
    getTranslations("account.tasks.trigger"),
  ]);
  return (
    <Card title={t("triggersTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("triggersIntro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("trigger")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("triggerWindow")}
              </th>
            </tr>
          </thead>
          <tbody>
            {triggers.map((row) => (
              <tr
                key={row.key}
                className="border-b border-slate-100 align-top"
                data-testid={`trigger-${row.key}`}
              >
                <th scope="row" className="py-3 pr-3 font-medium text-slate-900">
                  {tt(row.key as never)}
                </th>
                <td className="py-3 pr-3">
                  <ReturnVisitTriggerForm
                    triggerKey={row.key}
                    name={tt(row.key as never)}
                    windowDays={row.windowDays}
                    enabled={row.enabled}
                    version={row.version}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
