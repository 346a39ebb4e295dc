"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/**
 * Picks a CSV or XLSX file and sends it to `POST /accounts/import/upload` (a file is
 * over a server action's limit); a refusal (empty, too big, unreadable) shows beside
 * the picker, a stored file opens its import page.
 */
export function UploadForm() {
  const t = useTranslations("import");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get("file") as File | null) ?? null;
    if (!file || !file.name) return setError(t("errors.noFile"));
    if (file.size === 0) return setError(t("errors.emptyFile"));
    setError(undefined);
    setPending(true);
    try {
      const response = await fetch(
        `/accounts/import/upload?name=${encodeURIComponent(file.name)}`,
        { method: "POST", body: file },
      );
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (response.ok && body.id) return router.push(`/accounts/import/${body.id}`);
      const key = `errors.${body.error ?? ""}`;
      setError(t.has(key) ? t(key) : t("errors.uploadFailed"));
    } catch {
      setError(t("errors.uploadFailed"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
      <Field id="import-file" label={t("upload.file")} error={error} className="min-w-72">
        <Input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-file-error" : undefined}
          onChange={() => setError(undefined)}
        />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("upload.uploading") : t("upload.submit")}
      </Button>
    </form>
  );
}
