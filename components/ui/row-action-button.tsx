"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ActionResult } from "@/lib/actions/action";

/**
 * A small button on a list row that calls one action, shows a refusal under itself
 * and refreshes the list (unlock a sign-in, remove a calendar day, …).
 */
export function RowActionButton({
  call,
  label,
  idle,
  busy,
  errorNamespace,
  variant = "secondary",
}: {
  call: () => Promise<ActionResult<unknown>>;
  /** The accessible name, saying which row it acts on. */
  label: string;
  idle: string;
  busy: string;
  errorNamespace: string;
  variant?: "secondary" | "ghost";
}) {
  const errorText = useErrorText(errorNamespace);
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const click = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await call();
      if (!result.ok) setError(errorText(result.message));
      router.refresh();
    });
  return (
    <div>
      <Button size="sm" variant={variant} disabled={pending} onClick={click} aria-label={label}>
        {pending ? busy : idle}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
