import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EvaluationHistory } from "@/components/evaluation/evaluation-history";
import { EvaluationPanel } from "@/components/evaluation/evaluation-panel";
import { StageGatePanel } from "@/components/account/stage-gate-panel";
import { InitiationHeader } from "@/components/evaluation/initiation-header";
import { localiseTemplateName } from "@/components/evaluation/localise-template";
import { StartEvaluation } from "@/components/evaluation/start-evaluation";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { activeScorecardTemplates, listEvaluations } from "@/db/queries/evaluations";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { isTerminal } from "@/lib/stages/stages";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ evaluation?: string | string[] }>;
};

export async function generateMetadata() {
  const t = await getTranslations("scorecard");
  return { title: t("title") };
}

export default async function EvaluationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { evaluation: wanted }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const canEdit = can(user, "account.update", resource) && !isTerminal(account.stage);
  const canDecide = can(user, "approval.decide", resource);
  const [rows, templates, t, locale] = await Promise.all([
    listEvaluations({ actor: user, accountId: id }),
    activeScorecardTemplates(),
    getTranslations("scorecard"),
    getLocale(),
  ]);
  const latest = rows[0];
  const shown = rows.find((r) => r.evaluation.id === wanted) ?? latest;
  const isLatest = !!shown && shown === latest;
  const templateOptions = templates.map((x) => ({
    ...x,
    name: localiseTemplateName(x.name, locale),
  }));
  const name = (raw: string) => localiseTemplateName(raw, locale);

  return (
    <>
      <InitiationHeader
        account={account}
        current="evaluation"
        intro={t("intro")}
        actions={
          can(user, "template.manage") ? (
            <Link
              href="/templates/scorecards"
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              {t("page.manageTemplates")}
            </Link>
          ) : null
        }
      />
      <StageGatePanel
        account={account}
        stage="evaluation"
        canMove={can(user, "stage.move", resource)}
      />
      {!shown ? (
        <Card>
          <p className="font-medium">{t("page.none")}</p>
          <p className="mb-4 text-sm text-slate-600">{t("page.noneHint")}</p>
          {canEdit ? (
            <StartEvaluation accountId={id} templates={templateOptions} label={t("page.start")} />
          ) : null}
        </Card>
      ) : (
        <EvaluationPanel
          account={{ id, stage: account.stage }}
          row={shown}
          isLatest={isLatest}
          templates={templateOptions}
          permissions={{
            edit: canEdit,
            decide: canDecide,
            move: can(user, "stage.move", resource),
            isSubmitter: shown.evaluation.submittedById === user.id,
          }}
        />
      )}
      {rows.length > 0 ? (
        <Card title={t("history.title")} className="mt-6">
          <EvaluationHistory
            accountId={id}
            rows={rows}
            shownId={shown?.evaluation.id ?? ""}
            templateName={name}
          />
        </Card>
      ) : null}
    </>
  );
}
