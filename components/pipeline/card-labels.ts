"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Grade } from "@/db/schema/accounts";
import { memo } from "@/lib/memo";
import type { AbcClass } from "@/lib/value/abc";

/** The texts of the board's cards, formatted once per board instead of once per card. */
export type CardLabels = {
  grade: (grade: Grade) => string;
  /** The value class named in full (for screen readers and the tooltip). */
  abc: (abc: AbcClass) => string;
  owner: (name: string | null) => string;
  days: (days: number) => string;
  /** "Execution P50 <date>" for a YYYY-MM-DD date. */
  p50: (day: string) => string;
  /** The Move button's accessible name, naming the account. */
  moveLabel: (name: string) => string;
  overdue: string;
  move: string;
  dragHint: string;
};

// Stands in for an account name while a message is formatted once; never in a real name.
const HOLE = "\u0000name\u0000";

/**
 * A board renders hundreds of cards, and formatting an ICU message is not free: the
 * few distinct texts (grades, owners, day counts) are formatted once each, and the
 * messages that only insert a name are formatted once with a placeholder.
 */
export function useCardLabels(): CardLabels {
  const t = useTranslations("pipeline");
  const tf = useTranslations("forecast");
  const format = useFormatter();
  const locale = useLocale();
  return useMemo(() => {
    const p50 = memo((day: string) =>
      tf("account.p50Card", {
        date: format.dateTime(new Date(`${day}T00:00:00Z`), {
          dateStyle: "medium",
          timeZone: "UTC",
        }),
      }),
    );
    const grade = memo((g: Grade) => t(`grade.${g}`));
    const abc = memo((c: AbcClass) => t("card.abc", { abc: c }));
    const noOwner = t("card.noOwner");
    const owner = t("card.owner", { name: HOLE }).split(HOLE);
    const moveLabel = t("card.moveLabel", { name: HOLE }).split(HOLE);
    return {
      grade,
      abc,
      owner: (name) => (name ? owner.join(name) : noOwner),
      days: dayCounts(locale, t.raw("card.days"), (days) => t("card.days", { days })),
      p50,
      moveLabel: (name) => moveLabel.join(name),
      overdue: t("card.overdue"),
      move: t("card.move"),
      dragHint: t("card.dragHint"),
    };
  }, [t, tf, format, locale]);
}

/**
 * "N days in stage" for hundreds of different N. The message is a plural: within one
 * plural category it differs only in the number, so it is formatted once per category
 * and the number put in; counts that an explicit `=N` case names, counts whose text does
 * not contain the number exactly once, and anything odd go through `format`.
 */
export function dayCounts(locale: string, raw: unknown, format: (days: number) => string) {
  const exact = new Set([...String(raw).matchAll(/=(\d+)/g)].map((m) => Number(m[1])));
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const templates = new Map<string, string[] | null>();
  return (days: number) => {
    if (!Number.isSafeInteger(days) || days < 0 || exact.has(days)) return format(days);
    const category = plural.select(days);
    const template = templates.get(category);
    if (template) return template.join(number.format(days));
    const text = format(days);
    if (template === undefined) {
      const parts = text.split(number.format(days));
      templates.set(category, parts.length === 2 ? parts : null);
    }
    return text;
  };
}
