"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export const DASHBOARD_VIEWS = [
  { href: "/dashboards", key: "timeInStage" },
  { href: "/dashboards/funnel", key: "funnel" },
  { href: "/dashboards/cycle", key: "cycle" },
  { href: "/dashboards/aging", key: "aging" },
  { href: "/dashboards/owners", key: "owners" },
  { href: "/dashboards/delivery", key: "delivery" },
  { href: "/dashboards/activities", key: "activities" },
  { href: "/dashboards/coverage", key: "coverage" },
  { href: "/dashboards/surveys", key: "surveys" },
  { href: "/dashboards/service", key: "service" },
  { href: "/dashboards/forecast", key: "forecast" },
] as const;

/** The dashboard views; switching keeps the filters. */
export function DashboardTabs() {
  const t = useTranslations("dashboards.tabs");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="-mb-px flex flex-wrap gap-1">
        {DASHBOARD_VIEWS.map((view) => {
          const current =
            pathname === view.href ||
            (view.href !== "/dashboards" && pathname.startsWith(`${view.href}/`));
          return (
            <li key={view.href}>
              <Link
                href={search ? `${view.href}?${search}` : view.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block border-b-2 px-3 py-2 text-sm font-medium",
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t(view.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
