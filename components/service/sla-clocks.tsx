import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { ClockView } from "@/lib/service/sla";

const round = (hours: number) => Math.round(hours * 10) / 10;

/** One SLA clock: budget, used and left (or how far past), and whether it runs. */
function Clock({
  label,
  view,
  due,
  note,
}: {
  label: string;
  view: ClockView;
  due: string | null;
  note?: string;
}) {
  const t = useTranslations("service.sla");
  return (
    <div className="rounded border border-slate-200 p-3" data-testid={`sla-${label}`}>
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{label}</h3>
        {view.breached ? (
          <Badge tone="red">{t("breachedBy", { hours: round(-view.remainingHours) })}</Badge>
        ) : view.state === "stopped" ? (
          <Badge tone="green">{t("met")}</Badge>
        ) : view.state === "paused" ? (
          <Badge tone="amber">{t("pausedShort")}</Badge>
        ) : (
          <Badge tone="blue">{t("remaining", { hours: round(view.remainingHours) })}</Badge>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {t("budget", { hours: view.budgetHours })} · {t("used", { hours: round(view.usedHours) })}
      </p>
      {due && view.state === "running" ? (
        <p className="text-sm text-slate-600">{t("due", { when: due })}</p>
      ) : null}
      {note ? <p className="text-sm text-slate-600">{note}</p> : null}
    </div>
  );
}

/** The request's first-response and resolution clocks. */
export function SlaClocks({
  firstResponse,
  resolution,
  firstResponseDue,
  resolutionDue,
  respondedAt,
  pausedSince,
}: {
  firstResponse: ClockView;
  resolution: ClockView;
  firstResponseDue: string;
  resolutionDue: string | null;
  respondedAt: string | null;
  pausedSince: string | null;
}) {
  const t = useTranslations("service.sla");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Clock
        label={t("firstResponse")}
        view={firstResponse}
        due={firstResponseDue}
        note={respondedAt ? t("respondedAt", { when: respondedAt }) : undefined}
      />
      <Clock
        label={t("resolution")}
        view={resolution}
        due={resolutionDue}
        note={pausedSince ? t("paused", { when: pausedSince }) : undefined}
      />
    </div>
  );
}
