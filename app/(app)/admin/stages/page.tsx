import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { StageSettingForm } from "@/components/settings/stage-setting-form";
import { Card, PageHeader } from "@/components/ui/card";
import { pipelineBoard } from "@/db/queries/accounts-board";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { DEFAULT_EXPECTED_DAYS, PIPELINE_STAGES } from "@/lib/stages/stages";
import { listStageSettings } from "@/db/queries/stage-settings";
import { listFilingLimits } from "@/db/queries/activities";
import { FilingLimitsCard } from "@/components/settings/filing-limits-card";
import { TableScroll } from "@/components/ui/table-scroll";
import { ReturnVisitTriggersCard } from "@/components/settings/return-visit-triggers-card";
import { listTriggerSettings } from "@/db/queries/tasks";

export async function generateMetadata() {
  const t = await getTranslations("settings.stages");
  return { title: t("title") };
}

export default async function StageSettingsPage() {
  const user = await requireUser();
  if (!can(user, "stageSettings.manage")) forbidden();
  // The board's per-stage counts (all accounts for an admin) show what a limit means today.
  const [saved, board, t, ts, filingLimits, triggers] = await Promise.all([
    listStageSettings(),
    pipelineBoard({ actor: user, filters: {}, perStage: 0 }),
    getTranslations("settings.stages"),
    getTranslations("stages.stage"),
    listFilingLimits(),
    listTriggerSettings(),
  ]);

  return (
    <>
      <AdminTabs current="stageSettings" />
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("stage")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("expectedDays")}
                </th>
              </tr>
            </thead>
            <tbody>
              {PIPELINE_STAGES.map((stage) => {
                const row = saved.find((s) => s.stage === stage);
                const defaultDays = DEFAULT_EXPECTED_DAYS[stage];
                const counts = board.counts.find((c) => c.stage === stage);
                return (
                  <tr
                    key={stage}
                    className="border-b border-slate-100 align-top"
                    data-testid={`stage-setting-${stage}`}
                  >
                    <th scope="row" className="py-3 pr-3 font-normal">
                      <div className="font-medium text-slate-900">{ts(stage)}</div>
                      <div className="text-xs text-slate-500">
                        {defaultDays == null
                          ? t("defaultNone")
                          : t("defaultDays", { days: defaultDays })}
                      </div>
                      <div className="text-xs text-slate-600">
                        {t("inStage", { count: counts?.count ?? 0 })}
                      </div>
                      <div
                        className={
                          counts?.overdue
                            ? "text-xs font-medium text-red-700"
                            : "text-xs text-slate-600"
                        }
                        data-testid="overdue-now"
                      >
                        {t("overdueNow", { count: counts?.overdue ?? 0 })}
                      </div>
                    </th>
                    <td className="py-3 pr-3">
                      <StageSettingForm
                        stage={stage}
                        stageName={ts(stage)}
                        expectedDays={row ? row.expectedDays : defaultDays}
                        version={row?.version ?? 0}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </Card>
      <FilingLimitsCard limits={filingLimits} />
      <ReturnVisitTriggersCard triggers={triggers} />
    </>
  );
}
