"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeEscalationAction } from "@/app/(app)/service/workflow-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";

export type EscalationItem = {
  id: string;
  target: "owner" | "director" | "executive";
  clock: "first_response" | "resolution";
  firedAt: string;
  usedHours: number;
  notifiedNames: string[];
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
  canAcknowledge: boolean;
};

/** The fired escalation steps of a request, oldest first, each with its acknowledgement. */
export function EscalationLog({ items }: { items: EscalationItem[] }) {
  const t = useTranslations("service.escalation");
  const errorText = useErrorText("service.validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  if (items.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <>
      <ol className="space-y-3">
        {items.map((item) => (
          <li
            key={item.id}
            className="rounded border border-slate-200 p-3 text-sm"
            data-testid="escalation"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone={item.target === "owner" ? "amber" : "red"}>
                  {t("step", { target: item.target })}
                </Badge>
                <span className="text-xs text-slate-600">{t("clock", { clock: item.clock })}</span>
              </span>
              {item.acknowledgedAt ? (
                <span className="text-emerald-800">
                  {t("acknowledgedBy", {
                    name: item.acknowledgedByName ?? "—",
                    when: item.acknowledgedAt,
                  })}
                </span>
              ) : item.canAcknowledge ? (
                <Button
                  size="sm"
                  disabled={pending}
                  className="print:hidden"
                  onClick={() =>
                    start(async () => {
                      setError(undefined);
                      const result = await acknowledgeEscalationAction({ id: item.id });
                      if (result.ok) router.refresh();
                      else setError(errorText(result.message));
                    })
                  }
                >
                  {t("acknowledge")}
                </Button>
              ) : (
                <span className="text-slate-500">{t("waiting")}</span>
              )}
            </div>
            <p className="mt-1 text-slate-600">
              {t("firedAt", { when: item.firedAt, hours: item.usedHours })}
            </p>
            <p className="text-slate-600">
              {t("notified", { names: item.notifiedNames.join(", ") || "—" })}
            </p>
          </li>
        ))}
      </ol>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
