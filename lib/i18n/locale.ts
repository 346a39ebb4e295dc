import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./config";

/** The cookie's choice, else the browser's best match, else Chinese. */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const languages = new Negotiator({
    headers: { "accept-language": acceptLanguage ?? "" },
  }).languages();
  try {
    const best = match(languages, LOCALES, DEFAULT_LOCALE);
    return isLocale(best) ? best : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
