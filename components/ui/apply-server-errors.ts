import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Copies an action's per-field errors (keyed by dotted path) into react-hook-form,
 * so they show beside the field. `prefix` is stripped when the form edits a nested
 * part of the action's input (e.g. "fields.").
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[] | undefined> | undefined,
  prefix = "",
) {
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const name = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    setError((name === "_form" ? "root" : name) as Path<T>, { type: "server", message });
  }
}
