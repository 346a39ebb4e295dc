import { splitMessage } from "@/lib/validations/limits";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

/** Where a row error's message key may live, as the forms look it up (`useErrorText`). */
export const errorKeys = (key: string) => [
  key,
  `import.errors.${key}`,
  `accounts.validation.${key}`,
  `common.validation.${key}`,
];

/**
 * A row error ("invalidPhone", "tooLong|max=200", "import.errors.sameAsRow|row=6") in
 * words. Each place is asked with `has` first: calling the translator with a key it does
 * not have logs MISSING_MESSAGE (a bare "required" is no top-level key).
 */
export function errorText(t: Translate, message: string): string {
  const { key, params } = splitMessage(message);
  const found = errorKeys(key).find((candidate) => t.has(candidate));
  return t(found ?? "common.validation.invalid", params);
}
