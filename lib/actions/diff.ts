/** The fields whose values differ, as `{ before, after }` objects for the audit log. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  keys: readonly (keyof T)[],
) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of keys) {
    const x = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const y = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      b[key as string] = x ?? null;
      a[key as string] = y ?? null;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
