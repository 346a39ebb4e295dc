"use client";
import { useTranslations } from "next-intl";

/**
 * Turns a message key from an action or a zod schema into the user's language:
 * tried as a full key, then inside `namespace`, then as a shared validation key.
 */
export function useErrorText(namespace?: string) {
  const t = useTranslations();
  return (message: string | undefined, params?: Record<string, string | number>) => {
    if (!message) return undefined;
    const candidates = [
      message,
      namespace ? `${namespace}.${message}` : "",
      `common.validation.${message}`,
    ];
    for (const key of candidates) if (key && t.has(key)) return t(key, params);
    return t("common.validation.invalid");
  };
}
