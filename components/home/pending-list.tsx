import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { STAGE_WORKSPACE } from "@/components/account/workspaces";
import { Card } from "@/components/ui/card";
import type { PendingItem, PendingKind } from "@/db/queries/home";
import type { PipelineStage } from "@/lib/stages/stages";

/** The stage whose workspace decides each kind of record. */
const STAGE_OF: Record<PendingKind, PipelineStage> = {
  evaluation: "evaluation",
  requirements: "requirements",
  changeRequest: "scope",
  costPlan: "cost_plan",
};

/** Records submitted for a decision, oldest first; each opens its workspace. */
export async function PendingList({
  items,
  total,
  title,
  now,
}: {
  items: PendingItem[];
  total: number;
  title: string;
  now: Date;
}) {
  const [t, format] = await Promise.all([getTranslations("common.home"), getFormatter()]);
  return (
    <Card title={title}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("pendingEmpty")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {total > items.length
              ? t("pendingCountMore", { total, shown: items.length })
              : t("pendingCount", { total })}
          </p>
          <ul className="divide-y divide-slate-100" data-testid="home-pending">
            {items.map((item) => (
              <li key={`${item.kind}-${item.accountId}-${item.since.getTime()}`} className="py-2">
                <div className="text-xs font-medium text-slate-500">{t(`kind.${item.kind}`)}</div>
                <Link
                  href={`/accounts/${item.accountId}/${STAGE_WORKSPACE[STAGE_OF[item.kind]]}`}
                  prefetch={false}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {item.accountName}
                </Link>
                <div className="text-xs text-slate-500">
                  {item.byName
                    ? t("submittedBy", {
                        ago: format.relativeTime(item.since, now),
                        by: item.byName,
                      })
                    : t("submitted", { ago: format.relativeTime(item.since, now) })}
                  {" · "}
                  {item.ownerName ? t("owner", { name: item.ownerName }) : t("noOwner")}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
