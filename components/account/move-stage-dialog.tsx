"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/accounts/stage-actions";
import {
  ChurnMoveFields,
  type ChurnMoveExtras,
  type ChurnMoveExtrasErrors,
} from "@/components/churn/churn-move-fields";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { CHURN_TYPES, type ChurnType, type Stage } from "@/lib/stages/stages";
import { moveFieldErrors, moveFieldOf, type MoveFieldErrors } from "@/lib/stages/move-fields";
import { moveKindFor } from "@/lib/stages/move-targets";
import { refusalLines, type MessageRef } from "./refusal-lines";
import { RefusalList } from "./refusal-list";

export type MoveStageDialogProps = {
  account: { id: string; name: string; stage: Stage };
  to: Stage;
  /** Directors and admins: after a refused forward move, offer to override the gate. */
  canOverride: boolean;
  /** Called after the move succeeded; the caller refreshes what it shows. */
  onDone: () => void;
  /** Called when the dialog is closed without a move (Esc, Cancel, Close). */
  onCancel: () => void;
};

/**
 * A modal (native <dialog>) for one stage move: reason, churn type, a director's
 * override. Refusals stay visible as a list of what is missing; a conflict says
 * someone moved the account first and refreshes the page data.
 */
export function MoveStageDialog({
  account,
  to,
  canOverride,
  onDone,
  onCancel,
}: MoveStageDialogProps) {
  const t = useTranslations();
  const tm = useTranslations("account.move");
  const ts = useTranslations("stages");
  const router = useRouter();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // The panel only opens the dialog on an offered target; a stale one reads as forward.
  const kind = moveKindFor(account.stage, to) ?? "forward";
  const [reason, setReason] = useState("");
  const [churnType, setChurnType] = useState<ChurnType | "">("");
  const [extras, setExtras] = useState<ChurnMoveExtras>({ lostYearlyRevenue: "", evidence: "" });
  const [extrasErrors, setExtrasErrors] = useState<ChurnMoveExtrasErrors>({});
  const [override, setOverride] = useState(false);
  const [gateRefused, setGateRefused] = useState(false);
  const [lines, setLines] = useState<MessageRef[]>([]);
  const [conflict, setConflict] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<MoveFieldErrors>({});
  const [pending, startTransition] = useTransition();
  const reasonRequired = kind !== "forward" || override;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (lines.length) alertRef.current?.focus();
  }, [lines]);

  const submit = () => {
    // Every missing field at once, each beside its field.
    const missing = moveFieldErrors({ kind, override, reason, churnType });
    setFieldErrors(missing);
    if (Object.keys(missing).length) {
      const first = missing.churnType ? `${id}-churn` : `${id}-reason`;
      document.getElementById(first)?.focus();
      return;
    }
    startTransition(async () => {
      const result = await moveStageAction({
        id: account.id,
        from: account.stage,
        to,
        reason,
        override,
        churnType: kind === "churn" && churnType ? churnType : undefined,
        ...(kind === "churn" ? extras : {}),
      });
      if (result.ok) {
        onDone();
        return;
      }
      if (result.error === "conflict") {
        setConflict(true);
        router.refresh();
      }
      setExtrasErrors({
        lostYearlyRevenue: result.fieldErrors?.lostYearlyRevenue?.[0],
        evidence: result.fieldErrors?.evidence?.[0],
      });
      setGateRefused(kind === "forward" && result.error === "refused");
      // Refusals about a field show beside it; the rest (gates, conflicts) in the list.
      const all = refusalLines(result);
      const byField: MoveFieldErrors = {};
      for (const line of all) {
        const field = moveFieldOf(line.key);
        if (field) byField[field] = line.key.replace(/^stages\./, "");
      }
      setFieldErrors(byField);
      setLines(all.filter((line) => !moveFieldOf(line.key)));
    });
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onCancel}
      className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        noValidate
        className="space-y-4 p-5"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {kind === "forward"
            ? ts("moveTo", { stage: ts(`stage.${to}`) })
            : tm(`title.${kind}`, { stage: ts(`stage.${to}`) })}
        </h2>
        <p className="text-sm text-slate-600">
          {tm("summary", {
            name: account.name,
            from: ts(`stage.${account.stage}`),
            to: ts(`stage.${to}`),
          })}
        </p>
        {lines.length ? (
          <RefusalList
            ref={alertRef}
            title={conflict ? undefined : tm(gateRefused ? "refusedGate" : "refused")}
            lines={lines}
          />
        ) : null}
        {kind === "forward" && canOverride && gateRefused && !conflict ? (
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4"
              checked={override}
              onChange={(e) => setOverride(e.target.checked)}
            />
            <span>
              <span className="font-medium">{tm("override")}</span>
              <span className="block text-slate-600">{tm("overrideHint")}</span>
            </span>
          </label>
        ) : null}
        {kind === "churn" ? (
          <Field
            id={`${id}-churn`}
            label={tm("churnType")}
            error={fieldErrors.churnType ? ts(fieldErrors.churnType as never) : undefined}
            required
          >
            <Select
              id={`${id}-churn`}
              value={churnType}
              required
              aria-invalid={!!fieldErrors.churnType}
              aria-describedby={fieldErrors.churnType ? `${id}-churn-error` : undefined}
              onChange={(e) => setChurnType(e.target.value as ChurnType | "")}
            >
              <option value="">{tm("choose")}</option>
              {CHURN_TYPES.map((c) => (
                <option key={c} value={c}>
                  {ts(`churnType.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {kind === "churn" ? (
          <ChurnMoveFields
            idPrefix={id}
            value={extras}
            errors={extrasErrors}
            onChange={setExtras}
          />
        ) : null}
        <Field
          id={`${id}-reason`}
          label={reasonRequired ? tm(override ? "overrideReason" : "reason") : tm("note")}
          hint={tm(`hint.${override ? "override" : kind}`)}
          error={fieldErrors.reason ? ts(fieldErrors.reason as never) : undefined}
          required={reasonRequired}
        >
          <Textarea
            id={`${id}-reason`}
            value={reason}
            maxLength={2000}
            required={reasonRequired}
            aria-invalid={!!fieldErrors.reason}
            aria-describedby={fieldErrors.reason ? `${id}-reason-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => ref.current?.close()} disabled={pending}>
            {conflict ? t("common.actions.close") : t("common.actions.cancel")}
          </Button>
          {conflict ? null : (
            <Button
              type="submit"
              variant={kind === "drop" || kind === "churn" ? "danger" : "primary"}
              disabled={pending}
            >
              {pending ? tm("moving") : tm(override ? "confirmOverride" : `confirm.${kind}`)}
            </Button>
          )}
        </div>
      </form>
    </dialog>
  );
}
