"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeOrderStatusAction } from "@/app/(app)/accounts/[id]/order-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { ORDER_TRANSITIONS } from "@/lib/orders/status";
import type { OrderStatus } from "@/lib/orders/types";

/** The status changes open to the order: confirm, deliver, cancel (after a confirmation). */
export function OrderStatusButtons({
  order,
}: {
  order: { id: string; version: number; number: string; status: OrderStatus };
}) {
  const t = useTranslations("orders");
  const errorText = useErrorText("orders");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const next = ORDER_TRANSITIONS[order.status];
  if (next.length === 0) return null;

  const change = async (status: OrderStatus) => {
    if (status === "cancelled" && !window.confirm(t("confirmCancel", { number: order.number })))
      return;
    setBusy(true);
    setError(undefined);
    const result = await changeOrderStatusAction({ id: order.id, version: order.version, status });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.message, result.params));
      return;
    }
    setDone(t("statusChanged", { number: order.number, status }));
    router.refresh();
  };

  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <Button
            key={status}
            variant={status === "cancelled" ? "secondary" : "primary"}
            disabled={busy}
            onClick={() => void change(status)}
          >
            {t(`to.${status}` as "to.confirmed")}
          </Button>
        ))}
      </div>
      {order.status === "confirmed" ? (
        <p className="text-xs text-slate-500">{t("returnVisitHint")}</p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
    </div>
  );
}
