"use client";
import { useTranslations } from "next-intl";
import { splitMessage } from "@/lib/validations/limits";

/**
 * Turns a message key from an action or a zod schema into the user's language:
 * tried as a full key, then inside `namespace`, then as a shared validation key.
 * Numbers a message carries ("tooLong|max=200") fill its placeholders.
 */
export function useErrorText(namespace?: string) {
  const t = useTranslations();
  return (message: string | undefined, params?: Record<string, string | number>) => {
    if (!message) return undefined;
    const split = splitMessage(message);
    const values = { ...split.params, ...params };
    const candidates = [
      split.key,
      namespace ? `${namespace}.${split.key}` : "",
      `common.validation.${split.key}`,
    ];
    for (const key of candidates) if (key && t.has(key)) return t(key, values);
    return t("common.validation.invalid");
  };
}
