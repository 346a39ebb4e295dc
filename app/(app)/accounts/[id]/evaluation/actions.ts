"use server";
import { APPROVAL_AUDIT_ACTIONS } from "@/lib/approvals/decisions";
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { evaluations, scorecardTemplates, scorecardTemplateVersions } from "@/db/schema";
import { ensureDefaultScorecardTemplate } from "@/db/seed/built-ins";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction, fieldErrorsOf } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, notFound } from "@/lib/actions/errors";
import { isScoreOnScale, scoreEvaluation, type CriterionAnswer } from "@/lib/scorecard/scoring";
import {
  evaluationDraftSchemaFor,
  evaluationSubmitSchema,
  type Template,
} from "@/lib/validations/scorecard";
import { requireOpenAccount, validationError } from "./action-helpers";
import {
  decideEvaluationSchema,
  saveEvaluationSchema,
  startEvaluationSchema,
} from "@/lib/validations/scorecard";

const paths = (accountId: string) => [
  `/accounts/${accountId}`,
  `/accounts/${accountId}/evaluation`,
];
const CLOSED = "scorecard.errors.accountClosed";

const outcome = (row: typeof evaluations.$inferSelect) => ({
  status: row.status,
  total: row.total,
  recommendation: row.recommendation,
  complete: row.complete,
});

async function loadEvaluation(tx: Tx, accountId: string, evaluationId: string) {
  const [row] = await tx
    .select({ evaluation: evaluations, definition: scorecardTemplateVersions.definition })
    .from(evaluations)
    .innerJoin(
      scorecardTemplateVersions,
      eq(scorecardTemplateVersions.id, evaluations.templateVersionId),
    )
    .where(and(eq(evaluations.id, evaluationId), eq(evaluations.accountId, accountId)));
  if (!row) throw notFound();
  return row;
}

/** The template a new evaluation uses: the chosen active one, else the default. */
async function templateVersionFor(tx: Tx, templateId: string) {
  await ensureDefaultScorecardTemplate(tx);
  const [template] = await tx
    .select({ versionId: scorecardTemplates.currentVersionId })
    .from(scorecardTemplates)
    .where(
      and(
        eq(scorecardTemplates.active, true),
        templateId ? eq(scorecardTemplates.id, templateId) : eq(scorecardTemplates.isDefault, true),
      ),
    );
  if (!template?.versionId) throw validationError({ templateId: ["validation.templateUnknown"] });
  const [version] = await tx
    .select()
    .from(scorecardTemplateVersions)
    .where(eq(scorecardTemplateVersions.id, template.versionId));
  return version!;
}

/** A re-evaluation starts from the earlier answers wherever the criterion and its scale are unchanged. */
function carriedAnswers(
  template: Template,
  previous: {
    answers: Readonly<Record<string, CriterionAnswer | undefined>>;
    definition: Template;
  },
) {
  const answers: Record<string, CriterionAnswer> = {};
  for (const criterion of template.criteria) {
    const before = previous.definition.criteria.find((c) => c.key === criterion.key);
    const answer = previous.answers[criterion.key];
    if (!before || !answer || before.scaleMin !== criterion.scaleMin) continue;
    if (before.scaleMax !== criterion.scaleMax) continue;
    answers[criterion.key] = {
      score: isScoreOnScale(criterion, answer.score) ? answer.score : null,
      evidence: answer.evidence,
    };
  }
  return answers;
}

export const startEvaluationAction = authedAction({
  schema: startEvaluationSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    await requireOpenAccount(tx, input.accountId, CLOSED);
    const [latest] = await tx
      .select({ evaluation: evaluations, definition: scorecardTemplateVersions.definition })
      .from(evaluations)
      .innerJoin(
        scorecardTemplateVersions,
        eq(scorecardTemplateVersions.id, evaluations.templateVersionId),
      )
      .where(eq(evaluations.accountId, input.accountId))
      .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
      .limit(1);
    if (latest && latest.evaluation.status !== "approved") {
      throw new ActionError("refused", "scorecard.errors.evaluationOpen");
    }
    const version = await templateVersionFor(tx, input.templateId);
    const answers = latest
      ? carriedAnswers(version.definition, {
          answers: latest.evaluation.answers,
          definition: latest.definition,
        })
      : {};
    const result = scoreEvaluation(version.definition, answers);
    const [created] = await tx
      .insert(evaluations)
      .values({
        accountId: input.accountId,
        templateVersionId: version.id,
        answers,
        total: String(result.total),
        recommendation: result.complete ? result.recommendation : null,
        complete: result.complete,
        createdById: user.id,
      })
      .returning();
    await audit({
      entity: "evaluation",
      entityId: created!.id,
      accountId: input.accountId,
      action: latest ? "reevaluate" : "create",
      after: { ...outcome(created!), templateVersion: version.number },
    });
    return { id: created!.id };
  },
  revalidate: (input) => paths(input.accountId),
});

/**
 * Checks and stores the answers of a draft or returned evaluation; `submit` also hands it in.
 * The total is kept as a preview, but only a complete evaluation has a recommendation.
 */
async function saveAnswers(
  tx: Tx,
  input: { accountId: string; evaluationId: string; version: number; answers: unknown },
  submit: { userId: string } | null,
) {
  await requireOpenAccount(tx, input.accountId, CLOSED);
  const { evaluation, definition } = await loadEvaluation(tx, input.accountId, input.evaluationId);
  if (evaluation.version !== input.version) {
    throw new ActionError("conflict", "common.errors.conflict");
  }
  if (evaluation.status !== "draft" && evaluation.status !== "returned") {
    throw new ActionError("refused", "scorecard.errors.notEditable", {
      status: evaluation.status,
    });
  }
  const schema = submit ? evaluationSubmitSchema(definition) : evaluationDraftSchemaFor(definition);
  const parsed = schema.safeParse({ answers: input.answers });
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  const answers = parsed.data.answers;
  const result = scoreEvaluation(definition, answers);
  const { before, after } = await updateVersioned(tx, evaluations, evaluation.id, input.version, {
    answers,
    total: String(result.total),
    recommendation: result.complete ? result.recommendation : null,
    complete: result.complete,
    ...(submit
      ? {
          status: "submitted" as const,
          submittedAt: new Date(),
          submittedById: submit.userId,
          decidedAt: null,
          decidedById: null,
          decisionComment: "",
        }
      : {}),
  });
  return { before, after };
}

export const saveEvaluationDraftAction = authedAction({
  schema: saveEvaluationSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    const { before, after } = await saveAnswers(tx, input, null);
    await audit({
      entity: "evaluation",
      entityId: after.id,
      accountId: input.accountId,
      action: "saveDraft",
      before: outcome(before),
      after: outcome(after),
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.accountId),
});

export const submitEvaluationAction = authedAction({
  schema: saveEvaluationSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const { before, after } = await saveAnswers(tx, input, { userId: user.id });
    await audit({
      entity: "evaluation",
      entityId: after.id,
      accountId: input.accountId,
      action: "submit",
      before: outcome(before),
      after: outcome(after),
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.accountId),
});

export const decideEvaluationAction = authedAction({
  schema: decideEvaluationSchema,
  policy: onAccount("approval.decide", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const { evaluation } = await loadEvaluation(tx, input.accountId, input.evaluationId);
    if (evaluation.status !== "submitted") {
      throw new ActionError("refused", "scorecard.errors.notSubmitted");
    }
    // Four eyes: whoever handed the evaluation in cannot also sign it off.
    if (evaluation.submittedById === user.id) {
      throw new ActionError("refused", "scorecard.errors.ownSubmission");
    }
    const { before, after } = await updateVersioned(tx, evaluations, evaluation.id, input.version, {
      status: input.decision,
      decidedAt: new Date(),
      decidedById: user.id,
      decisionComment: input.comment,
    });
    await audit({
      entity: "evaluation",
      entityId: evaluation.id,
      accountId: input.accountId,
      action: APPROVAL_AUDIT_ACTIONS[input.decision],
      before: outcome(before),
      after: { ...outcome(after), comment: input.comment },
    });
    return { status: after.status };
  },
  revalidate: (input) => paths(input.accountId),
});
