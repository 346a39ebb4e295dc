"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ActionResult } from "@/lib/actions/action";

/**
 * The task forms' shared wiring (the repo's form pattern): react-hook-form with the
 * zod schema the action also uses, server field errors copied beside their fields
 * (`fields.` prefix), other refusals in an alert, and a refresh on success.
 */
export function useTaskForm<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  defaults,
  prefix,
  submit,
  onDone,
}: {
  schema: S;
  defaults: DefaultValues<z.input<S>>;
  prefix: string;
  submit: (fields: z.output<S>) => Promise<ActionResult<unknown>>;
  onDone: () => void;
}) {
  const errorText = useErrorText("account.tasks.validation");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never),
    defaultValues: defaults,
  });
  const { register, handleSubmit, formState } = form;
  type Name = FieldPath<z.input<S>>;
  const onSubmit = handleSubmit(async (fields) => {
    setError(null);
    const result = await submit(fields);
    if (result.ok) {
      router.refresh();
      onDone();
      return;
    }
    applyServerErrors(form.setError, result.fieldErrors, "fields.");
    if (!result.fieldErrors) setError(errorText(result.message, result.params) ?? null);
  });
  const id = (name: Name) => `${prefix}-${name}`;
  const errorOf = (name: Name) =>
    errorText(
      (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message,
    );
  const control = (name: Name) => ({
    id: id(name),
    "aria-invalid": !!errorOf(name),
    "aria-describedby": errorOf(name) ? `${id(name)}-error` : undefined,
    ...register(name),
  });
  return { form, onSubmit, error, id, errorOf, control, submitting: formState.isSubmitting };
}
