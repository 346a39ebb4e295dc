"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { recomputeAbcAction, updateAbcSettingsAction } from "@/app/(app)/accounts/abc/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useTaskForm } from "@/components/tasks/use-task-form";
import { ABC_BASES, type AbcBasis } from "@/lib/value/abc";
import { abcSettingsFieldsSchema } from "@/lib/validations/value";

/** Directors: the ABC thresholds and basis (the repo's form pattern). */
export function AbcSettingsForm({
  version,
  aShare,
  bShare,
  basis,
}: {
  version: number;
  aShare: string;
  bShare: string;
  basis: AbcBasis;
}) {
  const t = useTranslations("value.abc");
  const [saved, setSaved] = useState(false);
  const f = useTaskForm({
    schema: abcSettingsFieldsSchema,
    defaults: { aShare, bShare, basis },
    prefix: "abc",
    submit: (fields) =>
      updateAbcSettingsAction({
        version,
        fields: {
          aShare: String(fields.aShare / 100),
          bShare: String(fields.bShare / 100),
          basis: fields.basis,
        },
      }),
    onDone: () => setSaved(true),
  });
  return (
    <form onSubmit={f.onSubmit} noValidate aria-label={t("settingsTitle")} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={f.id("aShare")} label={t("aShare")} error={f.errorOf("aShare")} required>
          <Input inputMode="decimal" {...f.control("aShare")} />
        </Field>
        <Field id={f.id("bShare")} label={t("bShare")} error={f.errorOf("bShare")} required>
          <Input inputMode="decimal" {...f.control("bShare")} />
        </Field>
        <Field id={f.id("basis")} label={t("basis")} error={f.errorOf("basis")} required>
          <Select {...f.control("basis")}>
            {ABC_BASES.map((b) => (
              <option key={b} value={b}>
                {t(`basisOption.${b}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {f.error ? <Alert tone="error">{f.error}</Alert> : null}
      {saved ? (
        <p role="status" className="text-sm text-emerald-800">
          {t("saved")}
        </p>
      ) : null}
      <Button type="submit" disabled={f.submitting}>
        {t("save")}
      </Button>
    </form>
  );
}

/** Directors: "Recompute now", with what changed. */
export function RecomputeButton() {
  const t = useTranslations("value.abc");
  const common = useTranslations("common");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        onClick={() =>
          start(async () => {
            const result = await recomputeAbcAction({});
            setMessage(
              result.ok
                ? {
                    tone: "ok",
                    text: t("recomputed", { changed: result.data.changed, ms: result.data.ms }),
                  }
                : { tone: "error", text: common(result.message.replace(/^common\./, "") as never) },
            );
          })
        }
        disabled={pending}
      >
        {pending ? t("recomputing") : t("recompute")}
      </Button>
      {message ? (
        message.tone === "ok" ? (
          <p role="status" className="text-sm text-emerald-800">
            {message.text}
          </p>
        ) : (
          <Alert tone="error">{message.text}</Alert>
        )
      ) : null}
    </div>
  );
}
