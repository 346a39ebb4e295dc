import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { EvaluationListRow } from "@/db/queries/evaluations";
import { scoreEvaluation } from "@/lib/scorecard/scoring";
import { isTerminal, type Stage } from "@/lib/stages/stages";
import { DecisionForm } from "./decision-form";
import { DropAccountPanel } from "./drop-account-panel";
import { EvaluationForm } from "./evaluation-form";
import { EvaluationStatus } from "./evaluation-status";
import { EvaluationView } from "./evaluation-view";
import { localiseTemplate, localiseTemplateName } from "./localise-template";
import { StartEvaluation } from "./start-evaluation";

/**
 * One evaluation: the form while it is the open draft and the user may edit it,
 * otherwise the scored view; then the director's decision, the drop offer on an
 * approved no-go, and re-evaluation.
 */
export async function EvaluationPanel({
  account,
  row,
  isLatest,
  templates,
  permissions,
}: {
  account: { id: string; stage: Stage };
  row: EvaluationListRow;
  isLatest: boolean;
  templates: { id: string; name: string; isDefault: boolean }[];
  permissions: { edit: boolean; decide: boolean; move: boolean; isSubmitter: boolean };
}) {
  const [t, locale] = await Promise.all([getTranslations("scorecard"), getLocale()]);
  const e = row.evaluation;
  const template = localiseTemplate(row.definition, locale);
  const result = scoreEvaluation(template, e.answers);
  const editable =
    isLatest && permissions.edit && (e.status === "draft" || e.status === "returned");
  const approved = isLatest && e.status === "approved";
  const canDrop =
    approved &&
    e.recommendation === "no_go" &&
    permissions.move &&
    !isTerminal(account.stage) &&
    account.stage !== "execution";

  return (
    <div className="space-y-6">
      {!isLatest ? (
        <Alert tone="info">
          {t("page.olderShown")}{" "}
          <Link href={`/accounts/${account.id}/evaluation`} className="font-medium underline">
            {t("page.backToLatest")}
          </Link>
        </Alert>
      ) : null}
      <section aria-label={t("title")}>
        <EvaluationStatus row={row} templateName={localiseTemplateName(row.templateName, locale)} />
        {editable ? (
          <EvaluationForm
            key={e.id}
            accountId={account.id}
            evaluation={{ id: e.id, version: e.version, answers: e.answers }}
            template={template}
          />
        ) : (
          <EvaluationView template={template} answers={e.answers} result={result} />
        )}
      </section>
      {isLatest && e.status === "submitted" && permissions.decide ? (
        <Card title={t("decision.title")}>
          {permissions.isSubmitter ? (
            <Alert tone="info">{t("decision.ownSubmission")}</Alert>
          ) : (
            <DecisionForm
              subject={{
                kind: "evaluation",
                accountId: account.id,
                evaluationId: e.id,
                version: e.version,
              }}
            />
          )}
        </Card>
      ) : null}
      {canDrop ? (
        <Card title={t("drop.title")}>
          <DropAccountPanel
            account={account}
            defaultReason={t("drop.defaultReason", { total: result.total })}
          />
        </Card>
      ) : null}
      {approved && permissions.edit ? (
        <Card title={t("page.reevaluate")}>
          <p className="mb-3 text-sm text-slate-600">{t("page.reevaluateHint")}</p>
          <StartEvaluation
            accountId={account.id}
            templates={templates}
            label={t("page.reevaluate")}
          />
        </Card>
      ) : null}
    </div>
  );
}
