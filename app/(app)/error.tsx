"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

export default function AppError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common");
  // The error's text does not reach the browser: ask /api/ready whether the database is
  // what failed, and if so say so ("try again in a moment") rather than "something".
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    console.error(error);
    let current = true;
    fetch("/api/ready", { cache: "no-store" })
      .then((response) => current && setDatabaseDown(response.status === 503))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold">
        {t(databaseDown ? "errors.unavailableTitle" : "errors.errorTitle")}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {t(databaseDown ? "errors.unavailableBody" : "errors.unexpected")}
      </p>
      <Button className="mt-4" onClick={reset}>
        {t("actions.retry")}
      </Button>
    </div>
  );
}
