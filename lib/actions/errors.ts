export type ActionErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "refused"
  /** The database cannot be reached (db/unavailable.ts); the caller may try again. */
  | "unavailable";

export type MessageRef = { key: string; params?: Record<string, string | number> };

/**
 * Thrown inside an action's `run` to end it with a typed failure; the transaction
 * is rolled back. `key` is a message key (namespace.path) for the user's language.
 */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    readonly key: string,
    readonly params?: Record<string, string | number>,
    readonly details?: MessageRef[],
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(key);
  }
}

export const notFound = () => new ActionError("not_found", "common.errors.notFound");
export const conflict = () => new ActionError("conflict", "common.errors.conflict");
export const refused = (key: string, details?: MessageRef[]) =>
  new ActionError("refused", key, undefined, details);

/** A validation failure shown beside one field: `key` is the field's message key. */
export const fieldError = (field: string, key: string) =>
  new ActionError("validation", "common.errors.validation", undefined, undefined, {
    [field]: [key],
  });
