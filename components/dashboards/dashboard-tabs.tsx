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

/**
 * Customer value (seed 001's contribution, composition, service composition and
 * churn): a group of its own; these views also read the class filter.
 */
export const VALUE_VIEWS = [
  { href: "/dashboards/contribution", key: "contribution" },
  { href: "/dashboards/composition", key: "composition" },
  { href: "/dashboards/service-mix", key: "serviceMix" },
  { href: "/dashboards/churn", key: "churn" },
  { href: "/relationship-report", key: "report" },
] as const;

/**
 * Whether the view at `pathname` reads the class filter (`?class=`): the value views
 * and the service dashboards (their requests join the account anyway); the others
 * read pre-aggregated stats that do not keep the class.
 */
export const readsClassFilter = (pathname: string) =>
  [...VALUE_VIEWS.map((v) => v.href), "/dashboards/service"].some(
    (href) => pathname === href || pathname.startsWith(`${href}/`),
  );

/**
 * The dashboard views; switching keeps the filters. `hidden`: hrefs of views the
 * user may not read (the layout decides with lib/policy.ts), left out of the tabs.
 */
export function DashboardTabs({ hidden = [] }: { hidden?: readonly string[] }) {
  const t = useTranslations("dashboards.tabs");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="-mb-px flex flex-wrap gap-1">
        {[...DASHBOARD_VIEWS, ...VALUE_VIEWS].map((view, i) => {
          if (hidden.includes(view.href)) return null;
          const current =
            pathname === view.href ||
            (view.href !== "/dashboards" && pathname.startsWith(`${view.href}/`));
          return (
            <li
              key={view.href}
              className={
                i === DASHBOARD_VIEWS.length
                  ? "ml-2 flex items-center border-l border-slate-300 pl-2"
                  : undefined
              }
            >
              {i === DASHBOARD_VIEWS.length ? (
                <span className="mr-1 text-xs font-semibold text-slate-500 uppercase">
                  {t("valueGroup")}
                </span>
              ) : null}
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
