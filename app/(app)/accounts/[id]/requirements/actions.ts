"use server";
import { APPROVAL_AUDIT_ACTIONS } from "@/lib/approvals/decisions";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db";
import { requirementDocVersions, stakeholders } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction, fieldErrorsOf } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, conflict, notFound } from "@/lib/actions/errors";
import {
  requirementDocSchema,
  requirementDocSubmitSchema,
  type RequirementDoc,
} from "@/lib/validations/requirements";
import { requireOpenAccount, validationError } from "../evaluation/action-helpers";
import {
  decideRequirementDocSchema,
  saveRequirementDocSchema,
} from "@/lib/validations/requirements";

const paths = (accountId: string) => [
  `/accounts/${accountId}`,
  `/accounts/${accountId}/requirements`,
];
const CLOSED = "requirements.errors.accountClosed";

type Row = typeof requirementDocVersions.$inferSelect;
const summary = (row: Row) => ({
  number: row.number,
  status: row.status,
  requirements: row.content.requirements.length,
});

/** A source stakeholder must be one of this account's stakeholders. */
async function checkStakeholders(tx: Tx, accountId: string, doc: RequirementDoc) {
  const ids = [...new Set(doc.requirements.flatMap((r) => r.sourceStakeholderId ?? []))];
  if (ids.length === 0) return;
  const known = await tx
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(and(eq(stakeholders.accountId, accountId), inArray(stakeholders.id, ids)));
  const knownIds = new Set(known.map((k) => k.id));
  const errors: Record<string, string[]> = {};
  doc.requirements.forEach((r, i) => {
    if (r.sourceStakeholderId && !knownIds.has(r.sourceStakeholderId)) {
      errors[`requirements.${i}.sourceStakeholderId`] = ["validation.stakeholderUnknown"];
    }
  });
  if (Object.keys(errors).length > 0) throw validationError(errors);
}

type SaveInput = z.output<typeof saveRequirementDocSchema>;

/**
 * Writes the document into the open draft, or starts a new draft version when
 * there is none (first version, or editing after an approval). With `submit`
 * the result is handed in for approval in the same step.
 */
async function writeDraft(tx: Tx, input: SaveInput, userId: string, submit: boolean) {
  await requireOpenAccount(tx, input.accountId, CLOSED);
  const parsed = (submit ? requirementDocSubmitSchema : requirementDocSchema).safeParse({
    sections: input.sections,
    requirements: input.requirements,
  });
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  const content = parsed.data;
  await checkStakeholders(tx, input.accountId, content);
  const submitted = submit
    ? { status: "submitted" as const, submittedAt: new Date(), submittedById: userId }
    : {};

  const [latest] = await tx
    .select()
    .from(requirementDocVersions)
    .where(eq(requirementDocVersions.accountId, input.accountId))
    .orderBy(desc(requirementDocVersions.number))
    .limit(1);

  if (!input.versionId) {
    // Someone else started a draft (or a new version) since this editor opened.
    if ((latest?.number ?? 0) !== input.baseNumber) throw conflict();
    if (latest && (latest.status === "draft" || latest.status === "submitted")) throw conflict();
    const [created] = await tx
      .insert(requirementDocVersions)
      .values({
        accountId: input.accountId,
        number: (latest?.number ?? 0) + 1,
        content,
        createdById: userId,
        ...submitted,
      })
      .returning();
    return { before: null, after: created! };
  }

  const [current] = await tx
    .select()
    .from(requirementDocVersions)
    .where(
      and(
        eq(requirementDocVersions.id, input.versionId),
        eq(requirementDocVersions.accountId, input.accountId),
      ),
    );
  if (!current) throw notFound();
  if (current.version !== input.version) throw conflict();
  if (current.status !== "draft") {
    throw new ActionError("refused", "requirements.errors.notEditable", {
      status: current.status,
    });
  }
  return updateVersioned(tx, requirementDocVersions, current.id, input.version, {
    content,
    ...submitted,
  });
}

const saveResult = (row: Row) => ({ versionId: row.id, version: row.version, number: row.number });

export const saveRequirementDocAction = authedAction({
  schema: saveRequirementDocSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const { before, after } = await writeDraft(tx, input, user.id, false);
    await audit({
      entity: "requirementDoc",
      entityId: after.id,
      accountId: input.accountId,
      action: before ? "update" : "createVersion",
      before: before ? summary(before) : undefined,
      after: summary(after),
    });
    return saveResult(after);
  },
  revalidate: (input) => paths(input.accountId),
});

export const submitRequirementDocAction = authedAction({
  schema: saveRequirementDocSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const { before, after } = await writeDraft(tx, input, user.id, true);
    await audit({
      entity: "requirementDoc",
      entityId: after.id,
      accountId: input.accountId,
      action: "submit",
      before: before ? summary(before) : undefined,
      after: summary(after),
    });
    return saveResult(after);
  },
  revalidate: (input) => paths(input.accountId),
});

export const decideRequirementDocAction = authedAction({
  schema: decideRequirementDocSchema,
  policy: onAccount("approval.decide", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const [current] = await tx
      .select()
      .from(requirementDocVersions)
      .where(
        and(
          eq(requirementDocVersions.id, input.versionId),
          eq(requirementDocVersions.accountId, input.accountId),
        ),
      );
    if (!current) throw notFound();
    if (current.status !== "submitted") {
      throw new ActionError("refused", "requirements.errors.notSubmitted");
    }
    if (current.submittedById === user.id) {
      throw new ActionError("refused", "requirements.errors.ownSubmission");
    }
    const approve = input.decision === "approved";
    const { before, after } = await updateVersioned(
      tx,
      requirementDocVersions,
      current.id,
      input.version,
      approve
        ? { status: "approved", approvedAt: new Date(), approvedById: user.id }
        : { status: "draft", submittedAt: null, submittedById: null },
    );
    if (approve) {
      // One approved version at a time; the ones it supersedes stay as frozen records.
      await tx
        .update(requirementDocVersions)
        .set({ status: "frozen" })
        .where(
          and(
            eq(requirementDocVersions.accountId, input.accountId),
            eq(requirementDocVersions.status, "approved"),
            lt(requirementDocVersions.number, current.number),
          ),
        );
    }
    await audit({
      entity: "requirementDoc",
      entityId: current.id,
      accountId: input.accountId,
      action: APPROVAL_AUDIT_ACTIONS[input.decision],
      before: summary(before),
      after: { ...summary(after), comment: input.comment },
    });
    return { status: after.status };
  },
  revalidate: (input) => paths(input.accountId),
});
