"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  makeDefaultScorecardTemplateAction,
  setScorecardTemplateActiveAction,
} from "@/app/(app)/templates/scorecards/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

/** Make a template the default, or (de)activate it; the default always stays active. */
export function TemplateRowActions({
  template,
}: {
  template: { id: string; version: number; active: boolean; isDefault: boolean };
}) {
  const t = useTranslations("scorecard.templateEditor");
  const errorText = useErrorText("scorecard");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const ref = { id: template.id, version: template.version };

  const run = (action: () => ReturnType<typeof makeDefaultScorecardTemplateAction>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) setError(errorText(result.message, result.params) ?? null);
      else router.refresh();
    });

  return (
    <div className="flex flex-wrap gap-1">
      {!template.isDefault ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => makeDefaultScorecardTemplateAction(ref))}
        >
          {t("makeDefault")}
        </Button>
      ) : null}
      {!template.isDefault ? (
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            run(() => setScorecardTemplateActiveAction({ ...ref, active: !template.active }))
          }
        >
          {template.active ? t("deactivate") : t("activate")}
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
