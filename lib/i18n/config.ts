export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Message namespaces: one folder each under messages/, with en.json and zh-CN.json. */
export const NAMESPACES = [
  "common",
  "stages",
  "accounts",
  "account",
  "pipeline",
  "settings",
  "dashboards",
  "scorecard",
  "requirements",
  "scope",
  "schedule",
  "cost",
  "notifications",
  "exports",
  "service",
  "import",
  "surveys",
  "orders",
  "value",
  "forecast",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);
