"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  addEscalationStepAction,
  saveEscalationStepAction,
} from "@/app/(app)/service/ladder-actions";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  ESCALATION_TARGETS,
  SLA_CLOCKS,
  type EscalationTarget,
  type SlaClockKind,
} from "@/lib/service/types";

export type LadderStepValues = {
  id: string;
  clock: SlaClockKind;
  thresholdPercent: number;
  extraHours: number;
  target: EscalationTarget;
  active: boolean;
  version: number;
};

const BLANK = {
  clock: "resolution" as SlaClockKind,
  thresholdPercent: 100,
  extraHours: 0,
  target: "director" as EscalationTarget,
};

/**
 * One rung of the escalation ladder, saved on its own; without `step` it is the
 * row that adds a new rung at the end.
 */
export function LadderStepRow({ step, label }: { step?: LadderStepValues; label: string }) {
  const t = useTranslations("service.ladder");
  const errorText = useErrorText("service.validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const initial = step ?? BLANK;
  const [clock, setClock] = useState(initial.clock);
  const [percent, setPercent] = useState(String(initial.thresholdPercent));
  const [extra, setExtra] = useState(String(initial.extraHours));
  const [target, setTarget] = useState(initial.target);
  const [active, setActive] = useState(step?.active ?? true);
  const [version, setVersion] = useState(step?.version ?? 0);
  const [message, setMessage] = useState<string>();

  const save = () =>
    start(async () => {
      setMessage(undefined);
      const fields = { clock, thresholdPercent: percent, extraHours: extra, target };
      const result = step
        ? await saveEscalationStepAction({ ...fields, id: step.id, version, active })
        : await addEscalationStepAction(fields);
      if (result.ok) {
        setVersion(result.data.version);
        setMessage(t(step ? "saved" : "added"));
        router.refresh();
      } else {
        const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setMessage(errorText(field ?? result.message));
      }
    });

  return (
    <tr className="border-b border-slate-100" data-testid="ladder-step">
      <th scope="row" className="py-2 pr-3 font-normal">
        {label}
      </th>
      <td className="py-2 pr-3">
        <Select
          aria-label={`${label}: ${t("clock")}`}
          value={clock}
          onChange={(e) => setClock(e.target.value as SlaClockKind)}
        >
          {SLA_CLOCKS.map((c) => (
            <option key={c} value={c}>
              {t(`clocks.${c}`)}
            </option>
          ))}
        </Select>
      </td>
      <td className="py-2 pr-3">
        <Input
          type="number"
          min={1}
          className="w-24"
          aria-label={`${label}: ${t("percent")}`}
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
        />
      </td>
      <td className="py-2 pr-3">
        <Input
          type="number"
          min={0}
          className="w-24"
          aria-label={`${label}: ${t("extraHours")}`}
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
        />
      </td>
      <td className="py-2 pr-3">
        <Select
          aria-label={`${label}: ${t("target")}`}
          value={target}
          onChange={(e) => setTarget(e.target.value as EscalationTarget)}
        >
          {ESCALATION_TARGETS.map((r) => (
            <option key={r} value={r}>
              {t(`targets.${r}`)}
            </option>
          ))}
        </Select>
      </td>
      <td className="py-2 pr-3">
        {step ? (
          <input
            type="checkbox"
            aria-label={`${label}: ${t("active")}`}
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
        ) : null}
      </td>
      <td className="py-2 pr-3 whitespace-nowrap">
        <Button size="sm" variant="secondary" disabled={pending} onClick={save}>
          {step ? t("save") : t("add")}
        </Button>
        <span role="status" className="ml-2 text-xs text-slate-600">
          {message}
        </span>
      </td>
    </tr>
  );
}
