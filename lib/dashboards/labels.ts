import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { stepLabel } from "@/lib/schedule/labels";
import { DEFAULT_STEP_KEYS } from "@/lib/schedule/default-templates";
import type { Labels } from "./tables";

/** The dashboards' and stages' wording in the request's language, for tables and CSV. */
export async function getLabels(): Promise<Labels> {
  const [t, stages, schedule, locale] = await Promise.all([
    getTranslations("dashboards"),
    getTranslations("stages"),
    getTranslations("schedule"),
    getLocale(),
  ]);
  const scheduleText = (key: string) => schedule(key as Parameters<typeof schedule>[0]);
  return {
    t: (key, values) => t(key, values),
    stage: (stage) => stages(`stage.${stage}`),
    churnType: (type) => stages(`churnType.${type}`),
    step: (key, label) =>
      label
        ? stepLabel(scheduleText, key, label)
        : (DEFAULT_STEP_KEYS as readonly string[]).includes(key)
          ? scheduleText(`step.${key}`)
          : key,
    reference: ({ en, zh }) => (locale === "en" ? en : zh) ?? en ?? zh,
  };
}
