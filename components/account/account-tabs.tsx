"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ACCOUNT_TABS, panelId, tabId, type AccountTab } from "./tabs";

/**
 * WAI-ARIA tabs whose selection lives in the URL (`?tab=`), so a tab can be
 * bookmarked and the server renders only the open panel. Arrow keys, Home and
 * End move between tabs (automatic activation).
 */
export function AccountTabs({
  accountId,
  current,
  labels,
  label,
  children,
}: {
  accountId: string;
  current: AccountTab;
  labels: Record<AccountTab, string>;
  label: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const href = (tab: AccountTab) =>
    tab === "stakeholders" ? `/accounts/${accountId}` : `/accounts/${accountId}?tab=${tab}`;

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const last = ACCOUNT_TABS.length - 1;
    const target =
      event.key === "ArrowRight"
        ? (index + 1) % ACCOUNT_TABS.length
        : event.key === "ArrowLeft"
          ? (index - 1 + ACCOUNT_TABS.length) % ACCOUNT_TABS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
    router.replace(href(ACCOUNT_TABS[target]!), { scroll: false });
  };

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200">
        {ACCOUNT_TABS.map((tab, index) => {
          const selected = tab === current;
          return (
            <Link
              key={tab}
              ref={(el) => {
                refs.current[index] = el;
              }}
              id={tabId(tab)}
              role="tab"
              href={href(tab)}
              replace
              scroll={false}
              aria-selected={selected}
              aria-controls={panelId(tab)}
              tabIndex={selected ? 0 : -1}
              onKeyDown={(e) => onKeyDown(e, index)}
              className={cn(
                "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
                selected
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {labels[tab]}
            </Link>
          );
        })}
      </div>
      <div
        id={panelId(current)}
        role="tabpanel"
        aria-labelledby={tabId(current)}
        tabIndex={0}
        className="pt-4 outline-none"
      >
        {children}
      </div>
    </div>
  );
}
