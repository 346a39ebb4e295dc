import { getTranslations } from "next-intl/server";
import { ActivityLog } from "@/components/activities/activity-log";
import { ActivityTypeFilter } from "@/components/activities/type-filter";
import { ACTIVITY_PAGE, getFilingLimits, listActivities } from "@/db/queries/activities";
import { listStakeholders } from "@/db/queries/stakeholders";
import { listAccountWorkers } from "@/db/queries/users";
import type { Actor } from "@/lib/policy";
import { ACTIVITY_TYPES, isActivityType } from "@/lib/activities/types";

/** The account page's Activities tab: filing limits, the type filter and the log. */
export async function ActivitiesPanel({
  accountId,
  user,
  canEdit,
  rawType,
}: {
  accountId: string;
  user: Actor;
  canEdit: boolean;
  rawType: string | string[] | undefined;
}) {
  const first = Array.isArray(rawType) ? rawType[0] : rawType;
  const type = isActivityType(first) ? first : undefined;
  const [activities, stakeholders, workers, limits, t] = await Promise.all([
    listActivities({ actor: user, accountId, type }),
    canEdit ? listStakeholders({ actor: user, accountId }) : Promise.resolve([]),
    canEdit ? listAccountWorkers() : Promise.resolve([]),
    getFilingLimits(),
    getTranslations("account.activities"),
  ]);
  const labels = Object.fromEntries(ACTIVITY_TYPES.map((k) => [k, t(`type.${k}`)])) as Record<
    (typeof ACTIVITY_TYPES)[number],
    string
  >;
  const contacts = stakeholders
    .filter((s) => s.side === "customer")
    .map((s) => ({ id: s.id, name: s.name, detail: s.title || undefined }));
  const colleagues = workers.map((w) => ({ id: w.id, name: w.name }));
  const limitText = ACTIVITY_TYPES.map((k) =>
    t("limitItem", { type: labels[k], hours: limits[k] }),
  ).join(", ");

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {t("intro")} {t("limits", { limits: limitText })}
      </p>
      <ActivityTypeFilter
        accountId={accountId}
        current={type}
        label={t("filterLabel")}
        labels={{ ...labels, all: t("all") }}
      />
      <ActivityLog
        accountId={accountId}
        activities={activities}
        contacts={contacts}
        colleagues={colleagues}
        canEdit={canEdit}
        emptyText={type ? t("emptyType") : t("empty")}
      />
      {activities.length >= ACTIVITY_PAGE ? (
        <p className="text-xs text-slate-500">{t("shown", { count: ACTIVITY_PAGE })}</p>
      ) : null}
    </div>
  );
}
