"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  makeDefaultScheduleTemplateAction,
  setScheduleTemplateActiveAction,
} from "@/app/(app)/templates/schedules/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

/** Make a template the default, or take it out of use (existing schedules keep their steps). */
export function TemplateRowActions({
  template,
}: {
  template: { id: string; version: number; name: string; active: boolean; isDefault: boolean };
}) {
  const t = useTranslations("schedule.templateEditor");
  const errorText = useErrorText("schedule");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => ReturnType<typeof setScheduleTemplateActiveAction>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (result.ok) router.refresh();
      else setError(errorText(result.message, result.params) ?? null);
    });
  const ref = { id: template.id, version: template.version };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        {!template.isDefault ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            aria-label={t("makeDefaultNamed", { name: template.name })}
            onClick={() => run(() => makeDefaultScheduleTemplateAction(ref))}
          >
            {t("makeDefault")}
          </Button>
        ) : null}
        {!template.isDefault ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            aria-label={t(template.active ? "deactivateNamed" : "activateNamed", {
              name: template.name,
            })}
            onClick={() =>
              run(() => setScheduleTemplateActiveAction({ ...ref, active: !template.active }))
            }
          >
            {t(template.active ? "deactivate" : "activate")}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
