import "server-only";
import { getTranslations } from "next-intl/server";
import type { Labels } from "./tables";

/** The dashboards' and stages' wording in the request's language, for tables and CSV. */
export async function getLabels(): Promise<Labels> {
  const [t, stages] = await Promise.all([getTranslations("dashboards"), getTranslations("stages")]);
  return {
    t: (key, values) => t(key, values),
    stage: (stage) => stages(`stage.${stage}`),
    churnType: (type) => stages(`churnType.${type}`),
  };
}
