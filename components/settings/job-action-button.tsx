"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryJobAction, runJobNowAction } from "@/app/(app)/admin/jobs/actions";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ActionResult } from "@/lib/actions/action";

type Labels = { idle: string; busy: string; done: string; label: string };

/** A button on /admin/jobs that calls one job action and says how it went. */
function JobActionButton({
  call,
  labels,
  testId,
}: {
  call: () => Promise<ActionResult<unknown>>;
  labels: Labels;
  testId?: string;
}) {
  const errorText = useErrorText("settings.validation");
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const click = () =>
    startTransition(async () => {
      setNotice(undefined);
      const result = await call();
      setNotice(
        result.ok
          ? { ok: true, text: labels.done }
          : { ok: false, text: errorText(result.message) ?? "" },
      );
      router.refresh();
    });
  return (
    <div>
      <Button
        size="sm"
        variant="secondary"
        onClick={click}
        disabled={pending}
        aria-label={labels.label}
        data-testid={testId}
      >
        {pending ? labels.busy : labels.idle}
      </Button>
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "mt-1 text-xs text-emerald-700" : "mt-1 text-xs text-red-600"}
        >
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}

/** Puts one failed job back in its queue. */
export function JobRetryButton({ id, queue }: { id: string; queue: string }) {
  const t = useTranslations("settings.jobs");
  return (
    <JobActionButton
      call={() => retryJobAction({ id })}
      labels={{
        idle: t("retry"),
        busy: t("retrying"),
        done: t("retried"),
        label: t("retryLabel", { queue }),
      }}
    />
  );
}

/** Queues one run of a scheduled job now ("Run now"). */
export function JobRunButton({ queue }: { queue: string }) {
  const t = useTranslations("settings.jobs");
  return (
    <JobActionButton
      call={() => runJobNowAction({ queue })}
      labels={{
        idle: t("runNow"),
        busy: t("running"),
        done: t("ran"),
        label: t("runNowLabel", { queue }),
      }}
      testId={`run-job-${queue}`}
    />
  );
}
