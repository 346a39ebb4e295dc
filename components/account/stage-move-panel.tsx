"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { moveTargets } from "@/lib/stages/move-targets";
import type { Stage } from "@/lib/stages/stages";
import { refusalLines, type MessageRef } from "./refusal-lines";
import { MoveStageDialog } from "./move-stage-dialog";
import { OverrideForm } from "./override-form";
import { RefusalList } from "./refusal-list";

export type StageMovePanelProps = {
  account: { id: string; name: string; stage: Stage };
  canOverride: boolean;
};

type Refusal = { stage: Stage; lines: MessageRef[]; gate: boolean; conflict: boolean };

/**
 * The move controls of the account page. Moving on is one click; a refused gate
 * lists what is missing (and lets a director override it); every move that needs
 * a reason or a churn type goes through `MoveStageDialog`.
 */
export function StageMovePanel({ account, canOverride }: StageMovePanelProps) {
  const t = useTranslations("account.move");
  const ts = useTranslations("stages");
  const router = useRouter();
  const id = useId();
  const refusalRef = useRef<HTMLDivElement>(null);
  const [dialogTo, setDialogTo] = useState<Stage | null>(null);
  const targets = moveTargets(account.stage);
  const targetOf = (kind: (typeof targets)[number]["kind"]) =>
    targets.find((target) => target.kind === kind)?.to;
  const earlier = targets.filter((target) => target.kind === "back").map((target) => target.to);
  const [backTo, setBackTo] = useState<Stage | "">("");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [moved, setMoved] = useState<Stage | null>(null);
  const [pending, startTransition] = useTransition();
  const next = targetOf("forward");
  const reopen = targetOf("reopen");
  const drop = targetOf("drop");
  const churn = targetOf("churn");
  const current = refusal?.stage === account.stage || refusal?.conflict ? refusal : null;

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const done = (to: Stage) => {
    setRefusal(null);
    setMoved(to);
    router.refresh();
  };

  const moveOn = (to: Stage) =>
    startTransition(async () => {
      setMoved(null);
      const result = await moveStageAction({ id: account.id, from: account.stage, to });
      if (result.ok) return done(to);
      if (result.error === "conflict") router.refresh();
      setRefusal({
        stage: account.stage,
        lines: refusalLines(result),
        gate: result.error === "refused",
        conflict: result.error === "conflict",
      });
    });

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="sr-only">
        {t("controls")}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        {next ? (
          <Button onClick={() => moveOn(next)} disabled={pending}>
            {pending ? t("moving") : ts("moveTo", { stage: ts(`stage.${next}`) })}
          </Button>
        ) : null}
        {reopen ? <Button onClick={() => setDialogTo(reopen)}>{t("reopen")}</Button> : null}
        {earlier.length ? (
          <div className="flex items-end gap-1">
            <label htmlFor={`${id}-back`} className="sr-only">
              {t("backTo")}
            </label>
            <Select
              id={`${id}-back`}
              className="w-auto"
              value={backTo}
              onChange={(e) => setBackTo(e.target.value as Stage | "")}
            >
              <option value="">{t("backTo")}</option>
              {earlier.map((s) => (
                <option key={s} value={s}>
                  {ts(`stage.${s}`)}
                </option>
              ))}
            </Select>
            <Button
              variant="secondary"
              disabled={!backTo}
              onClick={() => backTo && setDialogTo(backTo)}
            >
              {t("moveBack")}
            </Button>
          </div>
        ) : null}
        {drop ? (
          <Button variant="secondary" onClick={() => setDialogTo(drop)}>
            {t("drop")}
          </Button>
        ) : null}
        {churn ? (
          <Button variant="secondary" onClick={() => setDialogTo(churn)}>
            {t("churn")}
          </Button>
        ) : null}
      </div>
      {moved && moved === account.stage ? (
        <Alert tone="success">{t("moved", { stage: ts(`stage.${moved}`) })}</Alert>
      ) : null}
      {current ? (
        <RefusalList
          ref={refusalRef}
          title={
            current.conflict
              ? undefined
              : current.gate && next
                ? t("refusedGateTo", { stage: ts(`stage.${next}`) })
                : t("refused")
          }
          lines={current.lines}
        />
      ) : null}
      {current?.gate && canOverride && next ? (
        <OverrideForm account={account} to={next} onDone={() => done(next)} />
      ) : null}
      {dialogTo ? (
        <MoveStageDialog
          account={account}
          to={dialogTo}
          canOverride={canOverride}
          onCancel={() => setDialogTo(null)}
          onDone={() => {
            const to = dialogTo;
            setDialogTo(null);
            setBackTo("");
            done(to);
          }}
        />
      ) : null}
    </section>
  );
}
