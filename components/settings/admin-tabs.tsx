import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "users", href: "/admin/users" },
  { key: "signInLocks", href: "/admin/sign-in-locks" },
  { key: "referenceData", href: "/admin/reference-data" },
  { key: "products", href: "/admin/products" },
  { key: "stageSettings", href: "/admin/stages" },
  { key: "calendar", href: "/admin/calendar" },
  { key: "jobs", href: "/admin/jobs" },
  { key: "outbox", href: "/admin/outbox" },
] as const;

export type AdminTab = (typeof TABS)[number]["key"];

/** The admin area's sections, shown above each admin page. */
export async function AdminTabs({ current }: { current: AdminTab }) {
  const [t, tn] = await Promise.all([getTranslations("settings"), getTranslations("common.nav")]);
  return (
    <nav aria-label={t("tabs.label")} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={cn(
                "block border-b-2 px-3 py-2 text-sm font-medium",
                tab.key === current
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tn(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
