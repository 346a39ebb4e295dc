import { NAMESPACES, type Locale } from "./config";

export type Messages = Record<string, unknown>;

/** All namespaces for one locale, as `{ common: {...}, stages: {...}, ... }`. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => {
      const mod = (await import(`../../messages/${ns}/${locale}.json`)) as { default: Messages };
      return [ns, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
