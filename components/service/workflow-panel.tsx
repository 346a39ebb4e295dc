"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  changeServicePriorityAction,
  changeServiceStatusAction,
  reassignServiceRequestAction,
} from "@/app/(app)/service/workflow-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { STATUS_TRANSITIONS, isReopen } from "@/lib/service/status";
import { SERVICE_PRIORITIES, type ServicePriority, type ServiceStatus } from "@/lib/service/types";

type Result = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Status buttons along the allowed transitions, the priority, and the hand-over. */
export function WorkflowPanel({
  request,
  managers,
  canReassign,
}: {
  request: {
    id: string;
    version: number;
    status: ServiceStatus;
    priority: ServicePriority;
    resolution: string;
    ownerId: string | null;
  };
  managers: { id: string; name: string }[];
  canReassign: boolean;
}) {
  const t = useTranslations("service");
  const errorText = useErrorText("service.validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [resolution, setResolution] = useState(request.resolution);
  const [priority, setPriority] = useState(request.priority);
  const [owner, setOwner] = useState(request.ownerId ?? "");
  const base = { id: request.id, version: request.version };

  const run = (call: () => Promise<Result>) =>
    start(async () => {
      setError(undefined);
      const result = await call();
      if (result.ok) router.refresh();
      else {
        const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setError(errorText(field ?? result.message));
      }
    });

  return (
    <div className="space-y-4 print:hidden">
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("workflow.title")}>
        {STATUS_TRANSITIONS[request.status].map((to) => (
          <Button
            key={to}
            variant={to === "resolved" || to === "closed" ? "primary" : "secondary"}
            disabled={pending}
            onClick={() =>
              run(() => changeServiceStatusAction({ ...base, status: to, resolution }))
            }
          >
            {isReopen(request.status, to) ? t("toStatus.reopen") : t(`toStatus.${to}`)}
          </Button>
        ))}
      </div>
      {STATUS_TRANSITIONS[request.status].includes("resolved") ? (
        <Field
          id="workflow-resolution"
          label={t("field.resolution")}
          hint={t("workflow.resolutionNeeded")}
        >
          <Textarea
            id="workflow-resolution"
            rows={2}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
          />
        </Field>
      ) : null}
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex items-end gap-2">
          <Field
            id="workflow-priority"
            label={t("workflow.changePriority")}
            hint={t("workflow.priorityHint")}
          >
            <Select
              id="workflow-priority"
              value={priority}
              onChange={(e) => setPriority(e.target.value as ServicePriority)}
            >
              {SERVICE_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            variant="secondary"
            disabled={pending || priority === request.priority}
            onClick={() => run(() => changeServicePriorityAction({ ...base, priority }))}
          >
            {t("save")}
          </Button>
        </div>
        {canReassign ? (
          <div className="flex items-end gap-2">
            <Field id="workflow-owner" label={t("workflow.reassign")}>
              <Select id="workflow-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value="">—</option>
                {managers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              variant="secondary"
              disabled={pending || !owner || owner === request.ownerId}
              onClick={() => run(() => reassignServiceRequestAction({ ...base, ownerId: owner }))}
            >
              {t("workflow.reassignButton")}
            </Button>
          </div>
        ) : null}
      </div>
      {pending ? <p className="text-sm text-slate-500">{t("workflow.working")}</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
