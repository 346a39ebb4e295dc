import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EscalationLog } from "@/components/service/escalation-log";
import { SlaClocks } from "@/components/service/sla-clocks";
import { WorkflowPanel } from "@/components/service/workflow-panel";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { getServiceRequest, listEscalations } from "@/db/queries/service";
import { getLadder } from "@/db/queries/service-rules";
import { listAccountOwners } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can, canAcknowledgeEscalation } from "@/lib/policy";
import { clockOf } from "@/lib/service/clock-row";
import { firstResponseView, resolutionView } from "@/lib/service/sla";

type Props = { params: Promise<{ id: string }> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("service");
  return { title: `${t("title")} · ${(await params).id.slice(0, 8)}` };
}

/** One service request: its details, SLA clocks, status controls and escalation log. Printable. */
export default async function ServiceRequestPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const found = await getServiceRequest({ actor: user, id });
  if (!found) notFound();
  const { request } = found;
  const [escalations, calendar, ladder, managers, t, format] = await Promise.all([
    listEscalations({ actor: user, requestId: id }),
    getWorkingCalendar(),
    getLadder(),
    listAccountOwners(),
    getTranslations("service"),
    getFormatter(),
  ]);
  const resource = {
    ownerId: found.accountOwnerId,
    teamMemberIds: found.teamMemberIds,
    requestOwnerId: request.ownerId,
  };
  const canWork = can(user, "service.work", resource);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : null;
  const now = new Date();
  const clock = clockOf(request);
  const details: [string, string][] = [
    [t("field.account"), found.accountName],
    [t("field.receivedAt"), when(request.receivedAt)!],
    [t("field.channel"), t(`channel.${request.channel}`)],
    [t("field.product"), request.product || "—"],
    [t("field.contactId"), found.contactName ?? "—"],
    [t("field.owner"), found.ownerName ?? "—"],
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={request.subject}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link
              href={`/accounts/${request.accountId}?tab=service`}
              className="text-brand-700 underline"
            >
              {found.accountName}
            </Link>
            <Badge tone={request.type === "complaint" ? "red" : "slate"}>
              {t(`type.${request.type}`)}
            </Badge>
            <Badge
              tone={
                request.priority === "urgent" || request.priority === "high" ? "amber" : "slate"
              }
            >
              {t(`priority.${request.priority}`)}
            </Badge>
            <Badge tone="blue">{t(`status.${request.status}`)}</Badge>
          </span>
        }
        actions={
          <>
            {canWork ? (
              <Link
                href={`/service/${id}/edit`}
                className="rounded-md border border-slate-300 px-2.5 py-1 text-sm print:hidden"
              >
                {t("edit")}
              </Link>
            ) : null}
            <PrintButton label={t("print")} />
          </>
        }
      />
      <Card title={t("sla.title")}>
        <SlaClocks
          firstResponse={firstResponseView(clock, request.firstRespondedAt, now, calendar)}
          resolution={resolutionView(clock, now, calendar)}
          firstResponseDue={when(request.firstResponseDueAt)!}
          resolutionDue={when(request.resolutionDueAt)}
          respondedAt={when(request.firstRespondedAt)}
          pausedSince={when(request.pausedSince)}
        />
      </Card>
      {canWork ? (
        <Card title={t("workflow.title")}>
          <WorkflowPanel
            request={request}
            managers={managers.map((m) => ({ id: m.id, name: m.name }))}
            canReassign={can(user, "service.reassign", resource)}
          />
        </Card>
      ) : null}
      <Card title={t("details")}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          {details.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-4 text-sm font-semibold">{t("field.description")}</h3>
        <p className="whitespace-pre-wrap text-sm">{request.description || "—"}</p>
        <h3 className="mt-4 text-sm font-semibold">{t("field.resolution")}</h3>
        <p className="whitespace-pre-wrap text-sm">{request.resolution || "—"}</p>
      </Card>
      <Card title={t("escalation.title")}>
        <p className="mb-3 text-xs text-slate-500">
          {t("escalation.ladder", {
            steps: ladder
              .map((s) =>
                t("escalation.ladderStep", {
                  clock: s.clock,
                  percent: s.thresholdPercent,
                  extra: s.extraHours,
                  target: s.target,
                }),
              )
              .join("; "),
          })}
        </p>
        <EscalationLog
          items={escalations.map((e) => ({
            id: e.id,
            target: e.target,
            clock: e.clock,
            firedAt: when(e.firedAt)!,
            usedHours: Math.round(e.usedSeconds / 360) / 10,
            notifiedNames: e.notifiedNames,
            acknowledgedByName: e.acknowledgedByName,
            acknowledgedAt: when(e.acknowledgedAt),
            canAcknowledge: canAcknowledgeEscalation(user, e.notifiedUserIds),
          }))}
        />
      </Card>
    </div>
  );
}
