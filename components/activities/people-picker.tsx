"use client";
import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { activityFieldsSchema } from "@/lib/validations/activity";

export type Person = { id: string; name: string; detail?: string };
type Input = z.input<typeof activityFieldsSchema>;
type Output = z.output<typeof activityFieldsSchema>;

/** A group of checkboxes choosing people by id (contacts or participants). */
export function PeoplePicker({
  form,
  name,
  legend,
  people,
  empty,
  error,
  prefix,
}: {
  form: UseFormReturn<Input, unknown, Output>;
  name: "contactIds" | "participantIds";
  legend: string;
  people: Person[];
  empty?: string;
  error?: string;
  prefix: string;
}) {
  const errorId = `${prefix}-${name}-error`;
  return (
    <fieldset
      className="space-y-1"
      aria-invalid={!!error}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {people.length === 0 && empty ? <p className="text-xs text-slate-600">{empty}</p> : null}
      <div className="max-h-40 space-y-1 overflow-y-auto">
        {people.map((person) => (
          <label key={person.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" value={person.id} {...form.register(name)} />
            <span>
              {person.name}
              {person.detail ? (
                <span className="text-xs text-slate-500"> · {person.detail}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
