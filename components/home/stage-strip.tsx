import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Stage } from "@/lib/stages/stages";

export type StageCount = { stage: Stage; count: number; overdue: number };

/**
 * Open accounts per stage, each number a link to those accounts in the list, and the
 * overdue ones (in red) to just those.
 */
export async function StageStrip({ counts, title }: { counts: StageCount[]; title: string }) {
  const [t, stages] = await Promise.all([
    getTranslations("common.home"),
    getTranslations("stages"),
  ]);
  return (
    <section aria-labelledby="home-stages" className="mb-6">
      <h2 id="home-stages" className="mb-2 text-base font-semibold">
        {title}
      </h2>
      <ul
        aria-label={t("stagesLabel")}
        className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7"
        data-testid="home-stages"
      >
        {counts.map(({ stage, count, overdue }) => {
          const name = stages(`stage.${stage}`);
          return (
            <li key={stage} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
              <div className="text-xs text-slate-600">{name}</div>
              <Link
                href={`/accounts?stage=${stage}`}
                aria-label={t("openStage", { count, stage: name })}
                className="text-2xl font-semibold tabular-nums hover:text-brand-700 hover:underline"
              >
                {count}
              </Link>
              {overdue > 0 ? (
                <Link
                  href={`/accounts?stage=${stage}&overdue=1&sort=longest`}
                  aria-label={t("openOverdue", { count: overdue, stage: name })}
                  // At least 24 px tall, so the target is easy to hit (WCAG 2.5.8).
                  className="flex min-h-6 items-center text-xs font-medium text-red-700 hover:underline"
                >
                  {t("overdueInStage", { count: overdue })}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
