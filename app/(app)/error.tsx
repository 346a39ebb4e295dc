"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function AppError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold">{t("errors.errorTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("errors.unexpected")}</p>
      <Button className="mt-4" onClick={reset}>
        {t("actions.retry")}
      </Button>
    </div>
  );
}
