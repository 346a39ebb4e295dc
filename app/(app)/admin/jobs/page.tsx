import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { JobRetryButton, JobRunButton } from "@/components/settings/job-action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { jobCounts, listFailedJobs } from "@/db/queries/jobs";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { JOBS } from "@/lib/jobs/registry";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("settings.jobs");
  return { title: t("title") };
}

const STATES = ["created", "retry", "active", "completed", "failed"] as const;

export default async function JobsPage() {
  const user = await requireUser();
  if (!can(user, "jobs.manage")) forbidden();
  const [failed, counts, t, format] = await Promise.all([
    listFailedJobs(),
    jobCounts(),
    getTranslations("settings.jobs"),
    getFormatter(),
  ]);
  const count = (name: string, state: string) =>
    counts.find((c) => c.name === name && c.state === state)?.count ?? 0;
  const th = "py-2 pr-3";

  return (
    <>
      <AdminTabs current="jobs" />
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="space-y-6">
        <Card title={t("queuesTitle")}>
          <TableScroll label={t("queuesTitle")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className={th}>
                    {t("queue")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule")}
                  </th>
                  {STATES.map((state) => (
                    <th key={state} scope="col" className={`${th} text-right`}>
                      {t(`states.${state}`)}
                    </th>
                  ))}
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {JOBS.map((job) => (
                  <tr key={job.name} className="border-b border-slate-100 align-top">
                    <th scope="row" className={`${th} font-normal`}>
                      <div className="font-mono">{job.name}</div>
                      <div className="text-xs text-slate-600">
                        {t.has(`descriptions.${job.name}`) ? t(`descriptions.${job.name}`) : null}
                      </div>
                    </th>
                    <td className={th}>
                      {job.cron ? (
                        <span className="font-mono">
                          {job.cron} ({env.PCRM_TIME_ZONE})
                        </span>
                      ) : (
                        t("onDemand")
                      )}
                    </td>
                    {STATES.map((state) => (
                      <td key={state} className={`${th} text-right tabular-nums`}>
                        {count(job.name, state)}
                      </td>
                    ))}
                    <td className="py-2 pl-3">
                      {job.cron ? <JobRunButton queue={job.name} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Card>
        <Card title={t("failedTitle", { count: failed.length })}>
          {failed.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noneFailed")}</p>
          ) : (
            <TableScroll label={t("failedTitle", { count: failed.length })}>
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className={th}>
                      {t("queue")}
                    </th>
                    <th scope="col" className={th}>
                      {t("failedAt")}
                    </th>
                    <th scope="col" className={th}>
                      {t("attempts")}
                    </th>
                    <th scope="col" className={th}>
                      {t("error")}
                    </th>
                    <th scope="col" className="py-2">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {failed.map((job) => (
                    <tr
                      key={job.id}
                      className="border-b border-slate-100 align-top"
                      data-testid={`failed-job-${job.id}`}
                    >
                      <th scope="row" className={`${th} font-normal`}>
                        <div className="font-mono">{job.name}</div>
                        <div className="font-mono text-xs text-slate-500">{job.id}</div>
                      </th>
                      <td className={`${th} whitespace-nowrap`}>
                        {job.completedOn
                          ? format.dateTime(job.completedOn, {
                              dateStyle: "medium",
                              timeStyle: "short",
                            })
                          : "—"}
                      </td>
                      <td className={`${th} tabular-nums`}>{job.retryCount + 1}</td>
                      <td className={th}>
                        <pre className="max-w-xl whitespace-pre-wrap break-words font-mono text-xs text-red-800">
                          {job.error || t("noError")}
                        </pre>
                        <details className="mt-1 text-xs text-slate-600">
                          <summary className="cursor-pointer">{t("data")}</summary>
                          <pre className="mt-1 max-w-xl whitespace-pre-wrap break-words font-mono">
                            {JSON.stringify(job.data, null, 2)}
                          </pre>
                        </details>
                      </td>
                      <td className="py-2">
                        <JobRetryButton id={job.id} queue={job.name} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Card>
      </div>
    </>
  );
}
