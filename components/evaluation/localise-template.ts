import en from "@/messages/scorecard/en.json";
import zh from "@/messages/scorecard/zh-CN.json";
import { materialiseDefaultTemplate } from "@/lib/scorecard/default-template";
import type { Template } from "@/lib/validations/scorecard";

const lookup = (catalog: unknown) => (key: string) => {
  const value = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalog,
    );
  return typeof value === "string" ? value : key;
};

const DEFAULTS = {
  en: materialiseDefaultTemplate(lookup(en)),
  "zh-CN": materialiseDefaultTemplate(lookup(zh)),
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A template in the reader's language: text that is still exactly the seeded
 * default wording (in either language) follows the UI language; anything a
 * director typed is shown as typed.
 */
export function localiseTemplate(template: Template, locale: string): Template {
  const target = locale === "en" ? DEFAULTS.en : DEFAULTS["zh-CN"];
  const sources = [DEFAULTS.en, DEFAULTS["zh-CN"]];
  const pick = (value: string, get: (d: typeof target) => string | undefined) =>
    sources.some((s) => get(s) === value) ? (get(target) ?? value) : value;
  return {
    ...template,
    name: pick(template.name, (d) => d.name),
    criteria: template.criteria.map((c) => {
      const inDefault = (d: typeof target) => d.criteria.find((x) => x.key === c.key);
      const points = sources.some((s) => sameList(inDefault(s)?.pointLabels ?? [], c.pointLabels));
      return {
        ...c,
        label: pick(c.label, (d) => inDefault(d)?.label),
        description: pick(c.description, (d) => inDefault(d)?.description),
        pointLabels:
          points && c.pointLabels.length > 0
            ? (inDefault(target)?.pointLabels ?? c.pointLabels)
            : c.pointLabels,
      };
    }),
  };
}

/** Just the template's name, for pickers and lists. */
export function localiseTemplateName(name: string, locale: string): string {
  const seeded = [DEFAULTS.en.name, DEFAULTS["zh-CN"].name].includes(name);
  return seeded ? (locale === "en" ? DEFAULTS.en.name : DEFAULTS["zh-CN"].name) : name;
}
