import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** The language of a public survey page without a link: `?lang=` from the answer, else the visitor's. */
export async function publicLocale(lang: string | undefined): Promise<Locale> {
  return isLocale(lang) ? lang : ((await getLocale()) as Locale);
}
