"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveSlaPolicyAction } from "@/app/(app)/service/sla-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ServicePriority, ServiceType } from "@/lib/service/types";

/** One type × priority budget of the SLA policy, saved on its own. */
export function SlaPolicyRow({
  policy,
}: {
  policy: {
    type: ServiceType;
    priority: ServicePriority;
    firstResponseHours: number;
    resolutionHours: number;
    version: number;
  };
}) {
  const t = useTranslations("service");
  const errorText = useErrorText("service.validation");
  const [pending, start] = useTransition();
  const [version, setVersion] = useState(policy.version);
  const [first, setFirst] = useState(String(policy.firstResponseHours));
  const [resolution, setResolution] = useState(String(policy.resolutionHours));
  const [message, setMessage] = useState<string>();
  const key = `sla-${policy.type}-${policy.priority}`;
  const name = `${t(`type.${policy.type}`)} · ${t(`priority.${policy.priority}`)}`;
  return (
    <tr className="border-b border-slate-100" data-testid={key}>
      <th scope="row" className="py-2 pr-3 font-normal">
        {name}
      </th>
      <td className="py-2 pr-3">
        <Input
          type="number"
          min={1}
          className="w-24"
          aria-label={`${name}: ${t("sla.firstResponse")}`}
          value={first}
          onChange={(e) => setFirst(e.target.value)}
        />
      </td>
      <td className="py-2 pr-3">
        <Input
          type="number"
          min={1}
          className="w-24"
          aria-label={`${name}: ${t("sla.resolution")}`}
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
        />
      </td>
      <td className="py-2 pr-3">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await saveSlaPolicyAction({
                type: policy.type,
                priority: policy.priority,
                version,
                firstResponseHours: first,
                resolutionHours: resolution,
              });
              if (result.ok) {
                setVersion(result.data.version);
                setMessage(t("settings.saved"));
              } else {
                const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
                setMessage(errorText(field ?? result.message));
              }
            })
          }
        >
          {t("settings.save")}
        </Button>
        <span role="status" className="ml-2 text-xs text-slate-600">
          {message}
        </span>
      </td>
    </tr>
  );
}
