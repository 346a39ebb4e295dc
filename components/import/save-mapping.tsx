"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveMappingAction } from "@/app/(app)/accounts/import/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ImportTarget } from "@/lib/import/fields";

/**
 * Saves the mapping on screen under a name (`saveMappingAction`), for the next file
 * with the same headers. Inside the mapping form, so a button, not a form of its own.
 */
export function SaveMapping({ byHeader }: { byHeader: Record<string, ImportTarget> }) {
  const t = useTranslations("import.mapping");
  const errorText = useErrorText("import.errors");
  const router = useRouter();
  const [name, setName] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await saveMappingAction({ name, byHeader });
      if (result.ok) {
        setMessage({ error: false, text: t("savedDone") });
        return router.refresh();
      }
      const key = result.fieldErrors?.name?.[0] ?? result.fieldErrors?.byHeader?.[0];
      setMessage({ error: true, text: errorText(key ?? result.message) ?? "" });
    });

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="import-mapping-name" className="block text-sm font-medium text-slate-700">
          {t("saveAs")}
        </label>
        <Input
          id="import-mapping-name"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              save();
            }
          }}
          aria-invalid={message?.error ? true : undefined}
          aria-describedby={message ? "import-mapping-saved" : undefined}
        />
      </div>
      <Button variant="secondary" disabled={pending || !name.trim()} onClick={save}>
        {t("save")}
      </Button>
      {message ? (
        <p
          id="import-mapping-saved"
          role={message.error ? "alert" : "status"}
          className={message.error ? "text-sm text-red-600" : "text-sm text-emerald-700"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
