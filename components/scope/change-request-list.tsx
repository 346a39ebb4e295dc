import { getFormatter, getTranslations } from "next-intl/server";
import type { ScopeProposal } from "@/lib/validations/scope";
import { Badge } from "@/components/ui/card";
import type { ChangeRequestRow } from "@/db/queries/scope-items";
import {
  CHANGE_REQUEST_STATUS_LABEL_KEYS,
  PRODUCT_KIND_LABEL_KEYS,
  SERVICE_KIND_LABEL_KEYS,
} from "@/lib/scope/rules";
import type { ScopeItemForm } from "@/lib/validations/scope";
import { ChangeRequestDecision } from "./change-request-decision";

const STATUS_TONE = { open: "amber", approved: "green", rejected: "red" } as const;

/** Open change requests first (with the director's decision form), then the decided history. */
export async function ChangeRequestList({
  accountId,
  requests,
  itemNames,
  canDecide,
}: {
  accountId: string;
  requests: ChangeRequestRow[];
  /** Current scope items by id, to name the item an open request changes. */
  itemNames: Record<string, string>;
  canDecide: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("scope"), getFormatter()]);
  if (requests.length === 0)
    return <p className="text-sm text-slate-600">{t("changeRequest.none")}</p>;

  const describe = (item: ScopeItemForm) => {
    const kind =
      item.type === "product"
        ? item.productKind && t(PRODUCT_KIND_LABEL_KEYS[item.productKind])
        : item.serviceKind && t(SERVICE_KIND_LABEL_KEYS[item.serviceKind]);
    const parts = [
      kind,
      t("proposal.quoted", { name: item.name }),
      item.inScope ? t("inScope.in") : t("inScope.out"),
      item.agreementRef && t("proposal.agreement", { name: item.agreementRef }),
    ];
    return parts.filter(Boolean).join(" · ");
  };
  const proposalText = (p: ScopeProposal | null) => {
    if (!p) return null;
    const name = p.before?.name ?? (p.itemId ? itemNames[p.itemId] : undefined) ?? "";
    if (p.op === "add") return t("proposal.describeAdd", { name: describe(p.item) });
    if (p.op === "remove") return t("proposal.describeRemove", { name });
    return t("proposal.describeUpdate", {
      name: `${t("proposal.quoted", { name })} → ${describe(p.item)}`,
    });
  };

  return (
    <ol className="space-y-4">
      {requests.map(({ request, createdByName, decidedByName }) => {
        const proposal = proposalText(request.proposal as ScopeProposal | null);
        return (
          <li
            key={request.id}
            className="rounded-md border border-slate-200 p-3"
            aria-label={t("changeRequest.label", { name: request.change })}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="whitespace-pre-line font-medium">{request.change}</p>
              <Badge tone={STATUS_TONE[request.status]}>
                {t(CHANGE_REQUEST_STATUS_LABEL_KEYS[request.status])}
              </Badge>
            </div>
            {proposal ? <p className="mt-1 text-sm text-slate-800">{proposal}</p> : null}
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
              {(["reason", "costImpact", "scheduleImpact", "riskImpact"] as const).map((key) => (
                <div key={key}>
                  <dt className="text-xs font-medium text-slate-500">
                    {t(`changeRequest.${key}`)}
                  </dt>
                  <dd className="whitespace-pre-line">{request[key]}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-xs text-slate-500">
              {t("changeRequest.requestedBy", {
                name: createdByName ?? t("changeRequest.unknownUser"),
                date: format.dateTime(request.createdAt, { dateStyle: "medium" }),
              })}
            </p>
            {request.status !== "open" && request.decidedAt ? (
              <p className="mt-1 text-sm">
                {t(
                  request.status === "approved"
                    ? "changeRequest.approvedBy"
                    : "changeRequest.rejectedBy",
                  {
                    name: decidedByName ?? t("changeRequest.unknownUser"),
                    date: format.dateTime(request.decidedAt, { dateStyle: "medium" }),
                  },
                )}
                {request.decisionComment ? `: ${request.decisionComment}` : null}
              </p>
            ) : null}
            {request.status === "open" && canDecide ? (
              <div className="mt-3">
                <ChangeRequestDecision
                  accountId={accountId}
                  request={{ id: request.id, version: request.version }}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
