import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { ACTIVITY_TYPES, type ActivityType } from "@/lib/activities/types";

/** Links that filter the log by type; the choice lives in the URL (`?tab=activities&type=`). */
export function ActivityTypeFilter({
  accountId,
  current,
  label,
  labels,
}: {
  accountId: string;
  current: ActivityType | undefined;
  label: string;
  labels: Record<ActivityType | "all", string>;
}) {
  const base = `/accounts/${accountId}?tab=activities`;
  const options = [undefined, ...ACTIVITY_TYPES] as const;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {options.map((type) => {
          const selected = type === current;
          return (
            <li key={type ?? "all"}>
              <Link
                href={type ? `${base}&type=${type}` : base}
                replace
                scroll={false}
                aria-current={selected ? "page" : undefined}
                className={cn(
                  "inline-block rounded-full border px-3 py-1 text-xs font-medium",
                  selected
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-slate-300 text-slate-700 hover:bg-slate-100",
                )}
              >
                {labels[type ?? "all"]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
