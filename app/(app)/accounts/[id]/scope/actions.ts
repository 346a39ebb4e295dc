"use server";
import { APPROVAL_AUDIT_ACTIONS } from "@/lib/approvals/decisions";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts, scopeChangeRequests, scopeItems } from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, conflict, notFound } from "@/lib/actions/errors";
import { duplicatesName, scopeLocked } from "@/lib/scope/rules";
import {
  createChangeRequestSchema,
  createScopeItemSchema,
  decideChangeRequestSchema,
  deleteScopeItemSchema,
  updateScopeItemSchema,
  type ScopeItemForm,
  type ScopeProposal,
} from "@/lib/validations/scope";

const paths = (accountId: string) => [`/accounts/${accountId}`, `/accounts/${accountId}/scope`];

const itemFields = (item: ScopeItemForm) => ({
  type: item.type,
  productKind: item.productKind,
  serviceKind: item.serviceKind,
  name: item.name,
  inScope: item.inScope,
  agreementRef: item.agreementRef ?? "",
  note: item.note,
});

const snapshot = (row: typeof scopeItems.$inferSelect): ScopeItemForm => ({
  type: row.type,
  productKind: row.productKind,
  serviceKind: row.serviceKind,
  name: row.name,
  inScope: row.inScope,
  agreementRef: row.agreementRef || null,
  note: row.note,
});

/** Direct edits stop once the account is past the scope stage (the policy has locked the row). */
async function requireEditable(tx: Tx, accountId: string) {
  const [account] = await tx
    .select({ stage: accounts.stage })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw notFound();
  if (scopeLocked(account.stage)) throw new ActionError("refused", "scope.errors.locked");
}

async function findItem(tx: Tx, accountId: string, id: string) {
  const [row] = await tx
    .select()
    .from(scopeItems)
    .where(and(eq(scopeItems.id, id), eq(scopeItems.accountId, accountId)));
  return row ?? null;
}

/**
 * Refuses a name another item of the account already has (compared case- and
 * width-blind). The account row is locked first, so two saves of one name in
 * parallel cannot both pass.
 */
async function refuseDuplicateName(
  tx: Tx,
  accountId: string,
  name: string,
  exceptId: string | null,
  asField = true,
) {
  await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for("update");
  const items = await tx
    .select({ id: scopeItems.id, name: scopeItems.name })
    .from(scopeItems)
    .where(eq(scopeItems.accountId, accountId));
  if (!duplicatesName(items, name, exceptId)) return;
  throw asField
    ? new ActionError("validation", "common.errors.validation", undefined, undefined, {
        name: ["validation.duplicateName"],
      })
    : new ActionError("refused", "scope.errors.duplicateName", { name });
}

export const createScopeItemAction = authedAction({
  schema: createScopeItemSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    await requireEditable(tx, input.accountId);
    await refuseDuplicateName(tx, input.accountId, input.name, null);
    const [created] = await tx
      .insert(scopeItems)
      .values({ ...itemFields(input), accountId: input.accountId })
      .returning();
    await audit({
      entity: "scopeItem",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: snapshot(created!),
    });
    return { id: created!.id };
  },
  revalidate: (input) => paths(input.accountId),
});

export const updateScopeItemAction = authedAction({
  schema: updateScopeItemSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    await requireEditable(tx, input.accountId);
    if (!(await findItem(tx, input.accountId, input.id))) throw notFound();
    await refuseDuplicateName(tx, input.accountId, input.name, input.id);
    const { before, after } = await updateVersioned(
      tx,
      scopeItems,
      input.id,
      input.version,
      itemFields(input),
    );
    await audit({
      entity: "scopeItem",
      entityId: input.id,
      accountId: input.accountId,
      action: "update",
      before: snapshot(before),
      after: snapshot(after),
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.accountId),
});

export const deleteScopeItemAction = authedAction({
  schema: deleteScopeItemSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    await requireEditable(tx, input.accountId);
    const [deleted] = await tx
      .delete(scopeItems)
      .where(
        and(
          eq(scopeItems.id, input.id),
          eq(scopeItems.accountId, input.accountId),
          eq(scopeItems.version, input.version),
        ),
      )
      .returning();
    if (!deleted) {
      throw (await findItem(tx, input.accountId, input.id)) ? conflict() : notFound();
    }
    await audit({
      entity: "scopeItem",
      entityId: input.id,
      accountId: input.accountId,
      action: "delete",
      before: snapshot(deleted),
    });
    return null;
  },
  revalidate: (input) => paths(input.accountId),
});

export const createChangeRequestAction = authedAction({
  schema: createChangeRequestSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const proposal: ScopeProposal =
      input.op === "add"
        ? { op: "add", itemId: null, item: input.item }
        : input.op === "update"
          ? { op: "update", itemId: input.itemId, item: input.item }
          : { op: "remove", itemId: input.itemId, item: null };
    const item = proposal.itemId ? await findItem(tx, input.accountId, proposal.itemId) : null;
    if (proposal.itemId && !item) {
      throw new ActionError("validation", "common.errors.validation", undefined, undefined, {
        itemId: ["validation.itemRequired"],
      });
    }
    // The item as the request was written against it: approval refuses if it changed since.
    if (item) proposal.itemVersion = item.version;
    if (proposal.item) {
      await refuseDuplicateName(tx, input.accountId, proposal.item.name, proposal.itemId);
    }
    const [created] = await tx
      .insert(scopeChangeRequests)
      .values({
        accountId: input.accountId,
        change: input.change,
        reason: input.reason,
        costImpact: input.costImpact,
        scheduleImpact: input.scheduleImpact,
        riskImpact: input.riskImpact,
        proposal,
        createdById: user.id,
      })
      .returning();
    await audit({
      entity: "scopeChangeRequest",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: { change: created!.change, proposal },
    });
    return { id: created!.id };
  },
  revalidate: (input) => paths(input.accountId),
});

/** Applies an approved proposal to the scope items; returns the item as it was before. */
async function applyProposal(tx: Tx, accountId: string, proposal: ScopeProposal, raisedAt: Date) {
  if (proposal.item) {
    // An item of that name may have been added since the request was raised.
    await refuseDuplicateName(tx, accountId, proposal.item.name, proposal.itemId, false);
  }
  if (proposal.op === "add") {
    await tx.insert(scopeItems).values({ ...itemFields(proposal.item), accountId });
    return null;
  }
  const current = await findItem(tx, accountId, proposal.itemId);
  if (!current) throw new ActionError("refused", "scope.errors.itemGone");
  // Requests raised before item versions were recorded compare the edit time instead.
  const changed =
    proposal.itemVersion != null
      ? current.version !== proposal.itemVersion
      : current.updatedAt > raisedAt;
  if (changed) {
    throw new ActionError("conflict", "scope.errors.itemChangedSinceRequest");
  }
  if (proposal.op === "remove") {
    await tx.delete(scopeItems).where(eq(scopeItems.id, current.id));
  } else {
    await tx
      .update(scopeItems)
      .set({ ...itemFields(proposal.item), version: sql`${scopeItems.version} + 1` })
      .where(eq(scopeItems.id, current.id));
  }
  return snapshot(current);
}

export const decideChangeRequestAction = authedAction({
  schema: decideChangeRequestSchema,
  policy: onAccount("approval.decide", "accountId"),
  run: async ({ tx, user, input, audit }) => {
    const [request] = await tx
      .select()
      .from(scopeChangeRequests)
      .where(
        and(
          eq(scopeChangeRequests.id, input.id),
          eq(scopeChangeRequests.accountId, input.accountId),
        ),
      );
    if (!request) throw notFound();
    if (request.status !== "open") throw new ActionError("refused", "scope.errors.alreadyDecided");
    const proposal = request.proposal as ScopeProposal | null;
    let applied = proposal;
    if (input.decision === "approved" && proposal) {
      applied = {
        ...proposal,
        before: await applyProposal(tx, input.accountId, proposal, request.createdAt),
      } as ScopeProposal;
    }
    const { after } = await updateVersioned(tx, scopeChangeRequests, input.id, input.version, {
      status: input.decision,
      decidedAt: new Date(),
      decidedById: user.id,
      decisionComment: input.comment,
      proposal: applied as Record<string, unknown> | null,
    });
    await audit({
      entity: "scopeChangeRequest",
      entityId: input.id,
      accountId: input.accountId,
      action: APPROVAL_AUDIT_ACTIONS[input.decision],
      before: { status: request.status },
      after: { status: after.status, comment: after.decisionComment, proposal: applied },
    });
    return { status: after.status };
  },
  revalidate: (input) => paths(input.accountId),
});
