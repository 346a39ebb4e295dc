import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/stages/stages";

export type PlanningTab = "scope" | "schedule" | "cost";

const TABS: { key: PlanningTab; stage: Stage; href: (id: string) => string }[] = [
  { key: "scope", stage: "scope", href: (id) => `/accounts/${id}/scope` },
  { key: "schedule", stage: "schedule", href: (id) => `/accounts/${id}/schedule` },
  { key: "cost", stage: "cost_plan", href: (id) => `/accounts/${id}/cost` },
];

/** Title, the way back to the account, and tabs between the three planning workspaces. */
export async function PlanningHeader({
  account,
  current,
  intro,
}: {
  account: { id: string; name: string; code: string; stage: Stage };
  current: PlanningTab;
  intro: string;
}) {
  const [t, ts] = await Promise.all([getTranslations("scope.planning"), getTranslations("stages")]);
  const title = ts(`stage.${TABS.find((tab) => tab.key === current)!.stage}`);
  return (
    <div className="mb-6 space-y-3">
      <Link
        href={`/accounts/${account.id}`}
        className="text-sm font-medium text-brand-700 hover:underline print:hidden"
      >
        ← {t("back", { name: account.name })}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {account.name} · {account.code}{" "}
            <Badge tone="blue">{t("currentStage", { name: ts(`stage.${account.stage}`) })}</Badge>
          </p>
          <p className="mt-1 max-w-3xl text-sm text-slate-600 print:hidden">{intro}</p>
        </div>
      </div>
      <nav aria-label={t("tabs")} className="border-b border-slate-200 print:hidden">
        <ul className="-mb-px flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href(account.id)}
                aria-current={tab.key === current ? "page" : undefined}
                className={cn(
                  "block border-b-2 px-3 py-2 text-sm font-medium",
                  tab.key === current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {ts(`stage.${tab.stage}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
