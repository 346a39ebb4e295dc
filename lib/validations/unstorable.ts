/*
 * Text no form produces and PostgreSQL cannot keep as sent: NUL (refused by `text`
 * and `jsonb`) and lone UTF-16 surrogates (silently turned into U+FFFD). The action
 * wrapper refuses such input for every action before its schema runs.
 */

/** NUL, or a surrogate half without its other half. */
export const UNSTORABLE_TEXT =
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_DEPTH = 32;

/** The dotted path (`fields.name`, `requirements.2.title`) of the first unstorable string or key. */
export function unstorableTextPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string")
    return UNSTORABLE_TEXT.test(value) ? path.join(".") || "_form" : null;
  if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) {
      const found =
        unstorableTextPath(key, [...path, key]) ?? unstorableTextPath(entry, [...path, key]);
      if (found) return found;
    }
    return null;
  }
  // No schema is this deep: zod refuses the shape, and a hostile nesting cannot overflow the stack.
  if (!value || typeof value !== "object" || path.length > MAX_DEPTH) return null;
  for (const [key, entry] of Object.entries(value)) {
    const found =
      unstorableTextPath(key, [...path, key]) ?? unstorableTextPath(entry, [...path, key]);
    if (found) return found;
  }
  return null;
}
