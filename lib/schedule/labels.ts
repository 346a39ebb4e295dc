import en from "@/messages/schedule/en.json";
import zh from "@/messages/schedule/zh-CN.json";
import { DEFAULT_STEP_KEYS, DEFAULT_SCHEDULE_TEMPLATES } from "@/lib/schedule/default-templates";

type Translate = (key: string) => string;

const STEP_KEYS = new Set<string>(DEFAULT_STEP_KEYS);
const byKey = (catalog: Record<string, string>, key: string) =>
  Object.hasOwn(catalog, key) ? catalog[key] : undefined;

/**
 * A step's label in the user's language: seeded steps whose label was never
 * changed follow the UI language; anything a director typed is shown as typed.
 */
export function stepLabel(t: Translate, key: string, label: string): string {
  if (STEP_KEYS.has(key) && (label === byKey(zh.step, key) || label === byKey(en.step, key))) {
    return t(`step.${key}`);
  }
  return label || key;
}

/** The same for the names of the seeded templates. */
export function templateName(t: Translate, name: string): string {
  for (const template of DEFAULT_SCHEDULE_TEMPLATES) {
    const key = template.nameKey.replace(/^template\./, "");
    if (name === byKey(zh.template, key) || name === byKey(en.template, key)) {
      return t(template.nameKey);
    }
  }
  return name;
}
