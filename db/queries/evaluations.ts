import "server-only";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  accounts,
  evaluations,
  scorecardTemplates,
  scorecardTemplateVersions,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** Every template with its current version, default first; for the template pages. */
export async function listScorecardTemplates() {
  return db
    .select({
      id: scorecardTemplates.id,
      name: scorecardTemplates.name,
      isDefault: scorecardTemplates.isDefault,
      active: scorecardTemplates.active,
      version: scorecardTemplates.version,
      currentNumber: scorecardTemplateVersions.number,
      definition: scorecardTemplateVersions.definition,
      updatedAt: scorecardTemplateVersions.createdAt,
      evaluationCount: sql<number>`(select count(*)::int from ${evaluations}
        join ${scorecardTemplateVersions} v on v.id = ${evaluations.templateVersionId}
        where v.template_id = ${scorecardTemplates.id})`,
    })
    .from(scorecardTemplates)
    .innerJoin(
      scorecardTemplateVersions,
      eq(scorecardTemplateVersions.id, scorecardTemplates.currentVersionId),
    )
    .orderBy(desc(scorecardTemplates.isDefault), asc(scorecardTemplates.name));
}

/** One template, its current definition and every version (newest first). */
export async function getScorecardTemplate(id: string) {
  const [template] = await db
    .select()
    .from(scorecardTemplates)
    .where(eq(scorecardTemplates.id, id));
  if (!template) return null;
  const author = aliasedTable(users, "author");
  const versions = await db
    .select({
      id: scorecardTemplateVersions.id,
      number: scorecardTemplateVersions.number,
      definition: scorecardTemplateVersions.definition,
      createdAt: scorecardTemplateVersions.createdAt,
      authorName: author.name,
    })
    .from(scorecardTemplateVersions)
    .leftJoin(author, eq(author.id, scorecardTemplateVersions.createdById))
    .where(eq(scorecardTemplateVersions.templateId, id))
    .orderBy(desc(scorecardTemplateVersions.number));
  const current = versions.find((v) => v.id === template.currentVersionId) ?? versions[0];
  if (!current) return null;
  return { template, current, versions };
}

/** Templates a new evaluation may use: active ones, default first. */
export async function activeScorecardTemplates() {
  return db
    .select({
      id: scorecardTemplates.id,
      name: scorecardTemplates.name,
      isDefault: scorecardTemplates.isDefault,
    })
    .from(scorecardTemplates)
    .where(eq(scorecardTemplates.active, true))
    .orderBy(desc(scorecardTemplates.isDefault), asc(scorecardTemplates.name));
}

/** Every evaluation of an account, newest first, with the template version it was made on. */
export async function listEvaluations({ actor, accountId }: { actor: Actor; accountId: string }) {
  const creator = aliasedTable(users, "creator");
  const submitter = aliasedTable(users, "submitter");
  const decider = aliasedTable(users, "decider");
  const rows = await db
    .select({
      evaluation: evaluations,
      templateName: scorecardTemplates.name,
      templateNumber: scorecardTemplateVersions.number,
      definition: scorecardTemplateVersions.definition,
      creatorName: creator.name,
      submitterName: submitter.name,
      deciderName: decider.name,
    })
    .from(evaluations)
    .innerJoin(accounts, eq(accounts.id, evaluations.accountId))
    .innerJoin(
      scorecardTemplateVersions,
      eq(scorecardTemplateVersions.id, evaluations.templateVersionId),
    )
    .innerJoin(scorecardTemplates, eq(scorecardTemplates.id, scorecardTemplateVersions.templateId))
    .leftJoin(creator, eq(creator.id, evaluations.createdById))
    .leftJoin(submitter, eq(submitter.id, evaluations.submittedById))
    .leftJoin(decider, eq(decider.id, evaluations.decidedById))
    .where(and(eq(evaluations.accountId, accountId), visibleAccounts(actor)))
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id));
  return rows.map((r) => ({
    ...r,
    total: r.evaluation.total === null ? null : Number(r.evaluation.total),
  }));
}
export type EvaluationListRow = Awaited<ReturnType<typeof listEvaluations>>[number];
