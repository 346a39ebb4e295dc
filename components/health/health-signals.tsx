import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { Health, HealthLevel, HealthSignal } from "@/lib/health/signals";

export const LEVEL_TONE: Record<HealthLevel, "green" | "amber" | "red"> = {
  healthy: "green",
  watch: "amber",
  at_risk: "red",
};

/** One signal's reason, in the user's language. */
export async function signalText(signal: HealthSignal) {
  const t = await getTranslations("value.health.signal");
  return t(signal.reason ?? signal.code, signal.params);
}

/** An account's health: its score and level, and every signal with its reason. */
export async function HealthSignals({ health }: { health: Health }) {
  const t = await getTranslations("value.health");
  const reasons = await Promise.all(health.signals.map(signalText));
  return (
    <section aria-labelledby="health-title" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="health-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <Badge tone={LEVEL_TONE[health.level]}>{t(`level.${health.level}`)}</Badge>
        <span className="text-sm text-slate-600">{t("score", { score: health.score })}</span>
      </div>
      {health.signals.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {health.signals.map((s, i) => (
            <li key={s.code}>
              {reasons[i]}{" "}
              <span className="text-slate-500">{t("minus", { points: s.weight })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("noSignals")}</p>
      )}
    </section>
  );
}
