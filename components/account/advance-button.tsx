"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { PipelineStage } from "@/lib/stages/stages";

/** Moves the account on once its gate passes; a refusal lists what the server found missing. */
export function AdvanceButton({
  accountId,
  from,
  to,
  label,
  nextHref,
}: {
  accountId: string;
  from: PipelineStage;
  to: PipelineStage;
  label: string;
  /** Where the work continues after the move. */
  nextHref: string;
}) {
  const t = useTranslations();
  const errorText = useErrorText("scope");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<string[]>([]);

  const advance = () =>
    startTransition(async () => {
      setErrors([]);
      const result = await moveStageAction({
        id: accountId,
        from,
        to,
        reason: "",
        override: false,
      });
      if (result.ok) {
        router.push(nextHref);
        return;
      }
      const details = (result.details ?? []).map((d) =>
        t.has(d.key) ? t(d.key, d.params) : (errorText(d.key, d.params) ?? ""),
      );
      setErrors([errorText(result.message, result.params) ?? "", ...details]);
    });

  return (
    <div className="space-y-1">
      <Button size="sm" onClick={advance} disabled={pending}>
        {label}
      </Button>
      {errors.length > 0 ? (
        <div role="alert" className="text-sm text-red-700">
          {errors.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
