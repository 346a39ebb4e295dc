import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Stage } from "@/lib/stages/stages";

export type InitiationTab = "stakeholders" | "evaluation" | "requirements";

const TABS: { key: InitiationTab; href: (id: string) => string }[] = [
  { key: "stakeholders", href: (id) => `/accounts/${id}` },
  { key: "evaluation", href: (id) => `/accounts/${id}/evaluation` },
  { key: "requirements", href: (id) => `/accounts/${id}/requirements` },
];

/** Title, the way back to the account, and tabs between the initiation workspaces. */
export async function InitiationHeader({
  account,
  current,
  title,
  intro,
  actions,
}: {
  account: { id: string; name: string; code: string; stage: Stage };
  current: InitiationTab;
  /** Defaults to the stage name of `current`. */
  title?: string;
  intro?: string;
  actions?: ReactNode;
}) {
  const [t, ts] = await Promise.all([
    getTranslations("scorecard.workspace"),
    getTranslations("stages"),
  ]);
  return (
    <div className="no-print mb-6 space-y-3">
      <Link
        href={`/accounts/${account.id}`}
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {t("back", { name: account.name })}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            {title ?? ts(`stage.${current}`)}
          </h1>
          <p className="mt-1 text-sm text-slate-700">
            {account.name} · {account.code}{" "}
            <Badge tone="blue">{t("currentStage", { stage: ts(`stage.${account.stage}`) })}</Badge>
          </p>
          {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <nav aria-label={t("tabs")} className="border-b border-slate-200">
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
                {ts(`stage.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
