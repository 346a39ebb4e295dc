import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Copies an action's per-field errors into react-hook-form, so they show beside the field. */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[] | undefined> | undefined,
) {
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (message)
      setError((name === "_form" ? "root" : name) as Path<T>, { type: "server", message });
  }
}
