import { splitMessage } from "@/lib/validations/limits";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has?: (key: string) => boolean;
};

/** Where a row error's message key may live, as the forms look it up (`useErrorText`). */
export const errorKeys = (key: string) => [
  key,
  `import.errors.${key}`,
  `accounts.validation.${key}`,
  `common.validation.${key}`,
];

/** A row error ("invalidPhone", "tooLong|max=200", "import.errors.sameAsRow|row=6") in words. */
export function errorText(t: Translate, message: string): string {
  const { key, params } = splitMessage(message);
  for (const candidate of errorKeys(key)) {
    try {
      const text = t(candidate, params);
      if (text && text !== candidate && !text.endsWith(candidate)) return text;
    } catch {
      // not this one
    }
  }
  return t("common.validation.invalid");
}
