"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { Stage } from "@/lib/stages/stages";
import { refusalLines, type MessageRef } from "./refusal-lines";
import { RefusalList } from "./refusal-list";

/** A director's override of a refused gate: tick the box, write the reason, move. */
export function OverrideForm({
  account,
  to,
  onDone,
}: {
  account: { id: string; stage: Stage };
  to: Stage;
  onDone: () => void;
}) {
  const t = useTranslations();
  const tm = useTranslations("account.move");
  const ts = useTranslations("stages");
  const router = useRouter();
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [lines, setLines] = useState<MessageRef[]>([]);
  const [pending, startTransition] = useTransition();
  const focusReason = () => document.getElementById(`${id}-reason`)?.focus();

  useEffect(() => {
    if (checked) document.getElementById(`${id}-reason`)?.focus();
  }, [checked, id]);

  const submit = () => {
    if (reason.trim() === "") {
      setFieldError(t("stages.move.override.reasonRequired"));
      focusReason();
      return;
    }
    setFieldError(null);
    startTransition(async () => {
      const result = await moveStageAction({
        id: account.id,
        from: account.stage,
        to,
        reason,
        override: true,
      });
      if (result.ok) return onDone();
      if (result.error === "conflict") router.refresh();
      setLines(refusalLines(result));
    });
  };

  return (
    <form
      noValidate
      className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4"
          checked={checked}
          aria-controls={`${id}-fields`}
          aria-expanded={checked}
          onChange={(e) => setChecked(e.target.checked)}
        />
        <span>
          <span className="font-medium">{tm("override")}</span>
          <span className="block text-slate-700">{tm("overrideHint")}</span>
        </span>
      </label>
      <div id={`${id}-fields`} hidden={!checked} className="space-y-3">
        <Field
          id={`${id}-reason`}
          label={tm("overrideReason")}
          hint={tm("hint.override")}
          error={fieldError ?? undefined}
          required
        >
          <Textarea
            id={`${id}-reason`}
            value={reason}
            maxLength={2000}
            required
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? `${id}-reason-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        {lines.length ? <RefusalList lines={lines} /> : null}
        <Button type="submit" disabled={pending}>
          {pending ? tm("moving") : tm("overrideTo", { stage: ts(`stage.${to}`) })}
        </Button>
      </div>
    </form>
  );
}
