import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ChangeRequestForm } from "@/components/scope/change-request-form";
import { ChangeRequestList } from "@/components/scope/change-request-list";
import { PlanningHeader } from "@/components/scope/planning-header";
import { ScopeItemForm } from "@/components/scope/scope-item-form";
import { ScopeItemTable, type ScopeItemView } from "@/components/scope/scope-item-table";
import { StageGatePanel } from "@/components/account/stage-gate-panel";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { listChangeRequests, listScopeItems } from "@/db/queries/scope-items";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { scopeGateFacts } from "@/lib/scope/rules";
import { scopeLocked } from "@/lib/scope/rules";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("scope");
  return { title: t("title") };
}

export default async function ScopePage({ params }: Params) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const [rows, requests, t] = await Promise.all([
    listScopeItems({ actor: user, accountId: id }),
    listChangeRequests({ actor: user, accountId: id }),
    getTranslations("scope"),
  ]);
  const canEdit = can(user, "account.update", resource);
  const locked = scopeLocked(account.stage);
  const items: ScopeItemView[] = rows.map((r) => ({
    id: r.id,
    version: r.version,
    type: r.type,
    productKind: r.productKind ?? "",
    serviceKind: r.serviceKind ?? "",
    name: r.name,
    inScope: r.inScope,
    agreementRef: r.agreementRef,
    note: r.note,
  }));
  const facts = scopeGateFacts(
    rows,
    requests.map((r) => r.request),
  );

  return (
    <>
      <PlanningHeader account={account} current="scope" intro={t("intro")} />
      <StageGatePanel account={account} stage="scope" canMove={can(user, "stage.move", resource)} />
      <div className="mb-4 flex flex-wrap gap-2" aria-label={t("summary.label")} role="group">
        <Badge tone={facts.inScopeCount > 0 ? "green" : "amber"}>
          {t("summary.inScopeCount", { count: facts.inScopeCount })}
        </Badge>
        {facts.customProductsMissingAgreement > 0 ? (
          <Badge tone="red">
            {t("summary.missingAgreements", { count: facts.customProductsMissingAgreement })}
          </Badge>
        ) : null}
        {facts.openChangeRequests > 0 ? (
          <Badge tone="amber">
            {t("summary.openChangeRequests", { count: facts.openChangeRequests })}
          </Badge>
        ) : null}
      </div>
      {locked ? (
        <Alert tone="info" className="mb-4">
          {t("lockedNotice")}
        </Alert>
      ) : null}
      <Card title={t("itemsTitle")} className="mb-6">
        <ScopeItemTable accountId={id} items={items} editable={canEdit && !locked} />
      </Card>
      {canEdit && !locked ? (
        <Card title={t("actions.addItem")} className="mb-6 print:hidden">
          <ScopeItemForm accountId={id} />
        </Card>
      ) : null}
      <Card title={t("changeRequest.title")} className="mb-6">
        <p className="mb-3 text-sm text-slate-600">{t("changeRequest.intro")}</p>
        <ChangeRequestList
          accountId={id}
          requests={requests}
          itemNames={Object.fromEntries(rows.map((r) => [r.id, r.name]))}
          canDecide={can(user, "approval.decide", resource)}
        />
      </Card>
      {canEdit && locked ? (
        <Card title={t("changeRequest.new")} className="print:hidden">
          <ChangeRequestForm accountId={id} items={items} />
        </Card>
      ) : null}
    </>
  );
}
