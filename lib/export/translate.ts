import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { Translate } from "./datasets";

/** A translator over every namespace for `locale`, for downloads built outside a page. */
export async function exportTranslator(locale: Locale): Promise<Translate> {
  const translate = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) =>
    (translate as unknown as (k: string, v?: Record<string, string | number>) => string)(
      key,
      values,
    );
}
