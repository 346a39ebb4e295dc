import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { Translate } from "./datasets";

/** A translator over every namespace for `locale`, for downloads built outside a page. */
export async function exportTranslator(
  locale: Locale,
): Promise<Translate & { has: (key: string) => boolean }> {
  const translate = createTranslator({ locale, messages: await loadMessages(locale) });
  const t = (key: string, values?: Record<string, string | number>) =>
    (translate as unknown as (k: string, v?: Record<string, string | number>) => string)(
      key,
      values,
    );
  return Object.assign(t, { has: (key: string) => translate.has(key as never) });
}
