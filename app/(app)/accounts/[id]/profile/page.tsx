import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomerProfile } from "@/components/reports/customer-profile";
import { PrintFrame } from "@/components/reports/print-frame";
import { ClientMessages } from "@/components/shell/client-messages";
import { getAccount } from "@/db/queries/accounts";
import { costPlanStatus } from "@/db/queries/cost-plans";
import { listEvaluations } from "@/db/queries/evaluations";
import { accountTransitions } from "@/db/queries/history";
import { listRequirementVersions } from "@/db/queries/requirements";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { COST_PLAN_STATUS_LABEL_KEYS } from "@/lib/cost/plan-state";
import { env } from "@/lib/env";
import { DOC_STATUS_LABEL_KEYS } from "@/lib/requirements/model";
import { EVALUATION_STATUS_LABEL_KEYS } from "@/lib/scorecard/default-template";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const [user, { id }, t] = await Promise.all([
    requireUser(),
    params,
    getTranslations("exports.profile"),
  ]);
  const detail = z.uuid().safeParse(id).success ? await getAccount({ actor: user, id }) : null;
  return { title: detail ? `${t("title")} · ${detail.account.name}` : t("title") };
}

/** The printable customer profile (客户档案) of one account the user may see. */
export default async function CustomerProfilePage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const scope = { actor: user, accountId: id };
  const [stakeholders, moves, versions, evaluations, plan, t, tr, ts, tc] = await Promise.all([
    listStakeholders(scope),
    accountTransitions(scope),
    listRequirementVersions(scope),
    listEvaluations(scope),
    costPlanStatus(scope),
    getTranslations("exports"),
    getTranslations("requirements"),
    getTranslations("scorecard"),
    getTranslations("cost"),
  ]);
  const latestDoc = versions[0]?.doc;
  const latestEvaluation = evaluations[0];
  const documents = {
    requirements: latestDoc
      ? {
          number: latestDoc.number,
          statusLabel: tr(DOC_STATUS_LABEL_KEYS[latestDoc.status] as never),
        }
      : null,
    evaluation: latestEvaluation
      ? {
          statusLabel: ts(
            EVALUATION_STATUS_LABEL_KEYS[latestEvaluation.evaluation.status] as never,
          ),
          total: latestEvaluation.total,
        }
      : null,
    costPlanLabel: plan ? tc(COST_PLAN_STATUS_LABEL_KEYS[plan] as never) : null,
  };
  return (
    <ClientMessages namespaces={["exports"]}>
      <PrintFrame
        back={`/accounts/${id}`}
        backLabel={t("back")}
        printLabel={t("print")}
        printedBy={user.name}
        timeZone={env.PCRM_TIME_ZONE}
        title={t("profile.title")}
        subtitle={`${detail.account.name} · ${detail.account.code}`}
      >
        <CustomerProfile
          detail={detail}
          stakeholders={stakeholders}
          moves={moves}
          documents={documents}
          timeZone={env.PCRM_TIME_ZONE}
        />
      </PrintFrame>
    </ClientMessages>
  );
}
