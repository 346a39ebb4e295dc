import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CostLineForm } from "@/components/cost/cost-line-form";
import { CostLineTable, type CostLineView } from "@/components/cost/cost-line-table";
import { CostPlanHeaderForm } from "@/components/cost/cost-plan-header-form";
import { ReviewCostPlanForm, SubmitCostPlanButton } from "@/components/cost/cost-plan-review";
import { CostTotalsView } from "@/components/cost/cost-totals";
import { PlanningHeader } from "@/components/scope/planning-header";
import { StageGatePanel } from "@/components/account/stage-gate-panel";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { getCostPlan, type CostLineRow } from "@/db/queries/cost-plans";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_CURRENCY, minorToDecimal } from "@/lib/cost/money";
import { costTotals } from "@/lib/cost/totals";
import { COST_PLAN_STATUS_LABEL_KEYS } from "@/lib/cost/plan-state";
import { can } from "@/lib/policy";

type Params = { params: Promise<{ id: string }> };

const STATUS_TONE = {
  draft: "slate",
  submitted: "amber",
  approved: "green",
  returned: "red",
} as const;

export async function generateMetadata() {
  const t = await getTranslations("cost");
  return { title: t("title") };
}

/** Hundredths of an hour as the user would type them: 750 → "7.5". */
const hoursText = (hundredths: number) =>
  minorToDecimal(hundredths, "USD").replace(/\.?0+$/, "") || "0";

function lineView(line: CostLineRow, currency: string): CostLineView {
  return {
    ...line,
    values: {
      kind: line.kind,
      category: line.category,
      description: line.description,
      planned: minorToDecimal(line.plannedMinor, currency),
      actual: line.actualMinor === null ? "" : minorToDecimal(line.actualMinor, currency),
      hours: line.hoursHundredths === null ? "" : hoursText(line.hoursHundredths),
      rate: line.rateMinor === null ? "" : minorToDecimal(line.rateMinor, currency),
      date: line.date ?? "",
      note: line.note,
    },
  };
}

export default async function CostPlanPage({ params }: Params) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const [cost, t, format] = await Promise.all([
    getCostPlan({ actor: user, accountId: id }),
    getTranslations("cost"),
    getFormatter(),
  ]);
  const canEdit = can(user, "account.update", resource);
  const canDecide = can(user, "approval.decide", resource);
  const plan = cost?.plan ?? null;
  const currency = plan?.currency ?? DEFAULT_CURRENCY;
  const lines = (cost?.lines ?? []).map((l) => lineView(l, currency));
  const totals = costTotals(cost?.lines ?? [], plan?.budgetMinor ?? null);
  const status = plan?.status ?? "draft";
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "");

  return (
    <>
      <PlanningHeader account={account} current="cost" intro={t("intro")} />
      <StageGatePanel
        account={account}
        stage="cost_plan"
        canMove={can(user, "stage.move", resource)}
      />
      <Card
        title={t("approval.title")}
        actions={<Badge tone={STATUS_TONE[status]}>{t(COST_PLAN_STATUS_LABEL_KEYS[status])}</Badge>}
        className="mb-6"
      >
        <div className="space-y-3 text-sm">
          {plan?.status === "submitted" && plan.submittedAt ? (
            <p>
              {t("approval.submittedBy", {
                name: cost?.submittedByName ?? "",
                date: when(plan.submittedAt),
              })}
            </p>
          ) : null}
          {plan?.status === "approved" ? (
            <p>
              {t("review.approvedBy", {
                name: cost?.decidedByName ?? "",
                date: when(plan.decidedAt),
              })}
            </p>
          ) : null}
          {plan?.status === "approved" && plan.decisionComment ? (
            <p>{t("approval.comment", { comment: plan.decisionComment })}</p>
          ) : null}
          {plan?.status === "returned" ? (
            <Alert tone="warning">
              {t("review.returnedBy", {
                name: cost?.decidedByName ?? "",
                comment: plan.decisionComment,
              })}
            </Alert>
          ) : null}
          {plan?.status === "approved" && canEdit ? (
            <Alert tone="info">{t("approval.editWarning")}</Alert>
          ) : null}
          {(status === "draft" || status === "returned") && canEdit ? (
            lines.length > 0 && plan ? (
              <SubmitCostPlanButton accountId={id} version={plan.version} />
            ) : (
              <p className="text-slate-600">{t("approval.needsLines")}</p>
            )
          ) : null}
          {status === "submitted" && plan ? (
            canDecide ? (
              <ReviewCostPlanForm accountId={id} version={plan.version} />
            ) : (
              <p className="text-slate-600">{t("approval.waiting")}</p>
            )
          ) : null}
        </div>
      </Card>
      <Card title={t("totals.title")} className="mb-6">
        <CostTotalsView totals={totals} currency={currency} />
        {canEdit ? (
          <div className="mt-6 border-t border-slate-100 pt-4 print:hidden">
            <CostPlanHeaderForm
              accountId={id}
              currencyLocked={lines.length > 0}
              planStatus={status}
              plan={
                plan && {
                  version: plan.version,
                  values: {
                    currency: plan.currency,
                    budget:
                      plan.budgetMinor === null ? "" : minorToDecimal(plan.budgetMinor, currency),
                  },
                }
              }
            />
          </div>
        ) : null}
      </Card>
      <Card title={t("linesTitle")} className="mb-6">
        <CostLineTable
          accountId={id}
          currency={currency}
          lines={lines}
          editable={canEdit}
          planStatus={status}
        />
      </Card>
      {canEdit ? (
        <Card title={t("actions.addLine")} className="print:hidden">
          <CostLineForm accountId={id} currency={currency} planStatus={status} />
        </Card>
      ) : null}
    </>
  );
}
