import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import {
  daysInStage,
  isTerminal,
  PIPELINE_STAGES,
  stageIndex,
  type ChurnType,
  type Stage,
} from "@/lib/stages/stages";
import { STAGE_WORKSPACE } from "./workspaces";

export type StageStepperProps = {
  accountId: string;
  stage: Stage;
  stageEnteredAt: Date;
  expectedDays: number | null;
  overdue: boolean;
  /** For outcomes: the pipeline stage the account left, and why. */
  outcome?: { fromStage: Stage | null; churnType: ChurnType | null; reason: string | null };
};

/** The seven pipeline stages with the current one highlighted, its timing, and any outcome. */
export async function StageStepper({
  accountId,
  stage,
  stageEnteredAt,
  expectedDays,
  overdue,
  outcome,
}: StageStepperProps) {
  const [t, ts, format] = await Promise.all([
    getTranslations("account.stepper"),
    getTranslations("stages"),
    getFormatter(),
  ]);
  const terminal = isTerminal(stage);
  const reached = terminal && outcome?.fromStage ? outcome.fromStage : stage;
  const days = Math.floor(daysInStage(stageEnteredAt, new Date()));

  return (
    <section aria-labelledby="stage-stepper-title" className="space-y-3">
      <h2 id="stage-stepper-title" className="sr-only">
        {t("title")}
      </h2>
      <ol className="grid grid-cols-2 gap-1 sm:grid-cols-4 lg:grid-cols-7">
        {PIPELINE_STAGES.map((s, i) => {
          const current = !terminal && s === stage;
          const done = stageIndex(s) < stageIndex(reached) || (terminal && s === reached);
          return (
            <li
              key={s}
              aria-current={current ? "step" : undefined}
              className={cn(
                "rounded-md border px-2 py-1.5 text-xs",
                current && "border-brand-600 bg-brand-600 font-semibold text-white",
                !current && done && "border-brand-100 bg-brand-50 text-brand-900",
                !current && !done && "border-slate-200 bg-white text-slate-500",
                current && overdue && "border-red-600 bg-red-600",
              )}
            >
              <span className="block tabular-nums opacity-80">{i + 1}</span>
              {STAGE_WORKSPACE[s] ? (
                <Link
                  href={`/accounts/${accountId}/${STAGE_WORKSPACE[s]}`}
                  className="block underline decoration-dotted underline-offset-2"
                >
                  {ts(`stage.${s}`)}
                </Link>
              ) : (
                <span className="block">{ts(`stage.${s}`)}</span>
              )}
              <span className="sr-only">
                {current ? t("current") : done ? t("done") : t("upcoming")}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        {terminal ? (
          <p>
            <Badge tone={stage === "churned" ? "red" : "slate"}>{ts(`stage.${stage}`)}</Badge>{" "}
            {t("outcomeSince", {
              date: format.dateTime(stageEnteredAt, { dateStyle: "medium" }),
              days: format.number(days),
              count: days,
            })}
          </p>
        ) : (
          <>
            <p>
              {t("inStage", {
                stage: ts(`stage.${stage}`),
                count: days,
                days: format.number(days),
              })}
            </p>
            <p>
              {expectedDays == null
                ? t("noLimit")
                : t("expected", { count: expectedDays, days: format.number(expectedDays) })}
            </p>
            {overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
          </>
        )}
      </div>
      {terminal && outcome ? (
        <dl className="grid gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]">
          {outcome.fromStage ? (
            <>
              <dt className="font-medium text-slate-600">{t("leftFrom")}</dt>
              <dd>{ts(`stage.${outcome.fromStage}`)}</dd>
            </>
          ) : null}
          {outcome.churnType ? (
            <>
              <dt className="font-medium text-slate-600">{t("churnType")}</dt>
              <dd>{ts(`churnType.${outcome.churnType}`)}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{t("reason")}</dt>
          <dd className="whitespace-pre-line">{outcome.reason || t("noReason")}</dd>
        </dl>
      ) : null}
    </section>
  );
}
