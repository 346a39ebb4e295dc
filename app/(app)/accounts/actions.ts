"use server";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db";
import {
  accountPreviousCodes,
  accounts,
  accountTeam,
  referenceItems,
  stageTransitions,
  tasks,
  users,
  type Grade,
} from "@/db/schema";
import { onAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { changedFields } from "@/lib/actions/diff";
import type { AuditEntry } from "@/lib/actions/audit";
import { fieldError } from "@/lib/actions/errors";
import { regradedCode } from "@/lib/accounts/code";
import { nextCode } from "@/lib/accounts/next-code";
import { can, canOwnAccounts, worksOnAccounts } from "@/lib/policy";
import {
  accountFieldsSchema,
  accountRefSchema,
  assignOwnerSchema,
  createAccountSchema,
  editCodeSchema,
  updateAccountSchema,
} from "@/lib/validations/account";

type AccountFieldsOutput = z.output<typeof accountFieldsSchema>;
type ReferenceField = (typeof REFERENCE_FIELDS)[number][0];
const FIELDS = Object.keys(accountFieldsSchema.shape) as (keyof typeof accountFieldsSchema.shape)[];
const paths = (id?: string) => ["/accounts", "/pipeline", ...(id ? [`/accounts/${id}`] : [])];

async function areaCode(tx: Tx, areaId: number) {
  const [area] = await tx
    .select({ code: referenceItems.code })
    .from(referenceItems)
    .where(and(eq(referenceItems.id, areaId), eq(referenceItems.kind, "area")));
  if (!area) throw fieldError("areaId", "accounts.validation.unknownArea");
  return area.code;
}

/** The old code stays findable by the exact-code search. */
async function keepPreviousCode(tx: Tx, accountId: string, code: string) {
  await tx
    .insert(accountPreviousCodes)
    .values({ accountId, code })
    .onConflictDoUpdate({
      target: [accountPreviousCodes.accountId, accountPreviousCodes.code],
      set: { replacedAt: sql`now()` },
    });
}

/**
 * The code an account gets when its grade changes: the new grade's letter with the
 * same area code and serial, or — when another account already has that code — the
 * next free serial of the new grade in the account's area. Null: the code stays.
 */
async function codeForGrade(tx: Tx, id: string, grade: Grade, areaId: number) {
  const [current] = await tx
    .select({ code: accounts.code, grade: accounts.grade })
    .from(accounts)
    .where(eq(accounts.id, id))
    .for("update");
  if (!current || current.grade === grade) return null;
  const code = regradedCode(current.code, grade);
  if (code === current.code) return null;
  const [taken] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.code, code), ne(accounts.id, id)));
  return taken ? nextCode(tx, grade, await areaCode(tx, areaId)) : code;
}

const REFERENCE_FIELDS = [
  ["industryId", "industry", "unknownReference"],
  ["sourceId", "source", "unknownReference"],
  ["areaId", "area", "accounts.validation.unknownArea"],
] as const;

/**
 * Industry, source and area share one table: each id must name an item of its own
 * kind (an area's id is no industry), and one that exists.
 */
async function checkReferences(tx: Tx, fields: Pick<AccountFieldsOutput, ReferenceField>) {
  const ids = REFERENCE_FIELDS.map(([field]) => fields[field]).filter((id) => id != null);
  const rows = ids.length
    ? await tx
        .select({ id: referenceItems.id, kind: referenceItems.kind })
        .from(referenceItems)
        .where(inArray(referenceItems.id, ids))
    : [];
  for (const [field, kind, message] of REFERENCE_FIELDS) {
    const id = fields[field];
    if (id != null && !rows.some((r) => r.id === id && r.kind === kind)) {
      throw fieldError(field, message);
    }
  }
}

/**
 * Owners and team members must be active; an owner must be one who can own accounts
 * and a team member one who works on accounts (the policy's `canOwnAccounts`,
 * `worksOnAccounts`: executives only read).
 */
async function assertActiveUser(tx: Tx, id: string, field: string, as: "owner" | "member") {
  const [user] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  if (!user) throw fieldError(field, "accounts.validation.unknownUser");
  if (!worksOnAccounts(user)) throw fieldError(field, "accounts.validation.readOnlyUser");
  if (as === "owner" && !canOwnAccounts(user))
    throw fieldError(field, "accounts.validation.notOwner");
}

export const createAccountAction = authedAction({
  schema: createAccountSchema,
  policy: ({ user }) => can(user, "account.create"),
  run: async ({ tx, user, input, audit }) => {
    // A manager who creates an account owns it; directors and admins may name the
    // owner, and an account they create without one has no owner yet.
    const { ownerId: requestedOwner, ...fields } = input;
    const assigns = can(user, "account.assign");
    const ownerId = assigns ? (requestedOwner ?? null) : user.id;
    if (assigns && ownerId) await assertActiveUser(tx, ownerId, "ownerId", "owner");
    await checkReferences(tx, fields);
    const code = await nextCode(tx, fields.grade, await areaCode(tx, fields.areaId));
    const now = new Date();
    const [created] = await tx
      .insert(accounts)
      .values({
        ...fields,
        code,
        ownerId,
        createdById: user.id,
        stageEnteredAt: now,
        createdAt: now,
      })
      .returning();
    await tx.insert(stageTransitions).values({
      accountId: created!.id,
      toStage: "stakeholders",
      kind: "create",
      at: now,
      byId: user.id,
    });
    await audit({
      entity: "account",
      entityId: created!.id,
      accountId: created!.id,
      action: "create",
      after: { code, name: created!.name, ownerId },
    });
    return { id: created!.id, code };
  },
  revalidate: () => paths(),
});

export const updateAccountAction = authedAction({
  schema: updateAccountSchema,
  policy: onAccount("account.update"),
  run: async ({ tx, input, audit }) => {
    const { id, version, ...fields } = input;
    await checkReferences(tx, fields);
    const code = await codeForGrade(tx, id, fields.grade, fields.areaId);
    const { before, after } = await updateVersioned(tx, accounts, id, version, {
      ...fields,
      ...(code ? { code } : {}),
    });
    const diff = changedFields(before, after, [...FIELDS, "code"]);
    if (before.code !== after.code) await keepPreviousCode(tx, id, before.code);
    await audit({
      entity: "account",
      entityId: id,
      accountId: id,
      action: "update",
      before: diff.before,
      after: diff.after,
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.id),
});

export const setArchivedAction = authedAction({
  schema: accountRefSchema.extend({ archived: z.boolean() }),
  policy: onAccount("account.update"),
  run: async ({ tx, input, audit }) => {
    const { after } = await updateVersioned(tx, accounts, input.id, input.version, {
      archivedAt: input.archived ? new Date() : null,
    });
    await audit({
      entity: "account",
      entityId: input.id,
      accountId: input.id,
      action: input.archived ? "archive" : "restore",
    });
    return { version: after.version };
  },
  revalidate: (input) => paths(input.id),
});

export const assignOwnerAction = authedAction({
  schema: assignOwnerSchema,
  policy: onAccount("account.assign"),
  run: async ({ tx, input, audit }) => {
    await assertActiveUser(tx, input.ownerId, "ownerId", "owner");
    const team = [...new Set(input.teamMemberIds)].filter((id) => id !== input.ownerId);
    for (const member of team) await assertActiveUser(tx, member, "teamMemberIds", "member");
    const { before, after } = await updateVersioned(tx, accounts, input.id, input.version, {
      ownerId: input.ownerId,
    });
    const previous = await tx
      .select({ userId: accountTeam.userId })
      .from(accountTeam)
      .where(eq(accountTeam.accountId, input.id));
    await tx.delete(accountTeam).where(eq(accountTeam.accountId, input.id));
    if (team.length)
      await tx.insert(accountTeam).values(team.map((userId) => ({ accountId: input.id, userId })));
    await audit({
      entity: "account",
      entityId: input.id,
      accountId: input.id,
      action: "assign",
      before: { ownerId: before.ownerId, team: previous.map((t) => t.userId).sort() },
      after: { ownerId: after.ownerId, team: [...team].sort() },
    });
    if (before.ownerId && before.ownerId !== input.ownerId)
      await handOverOpenTasks(tx, audit, input.id, before.ownerId, input.ownerId);
    return { version: after.version };
  },
  revalidate: (input) => paths(input.id),
});

type AuditFn = (entry: AuditEntry) => Promise<void>;

/** Open tasks the previous owner had on the account move to the new owner, one audit row each. */
async function handOverOpenTasks(
  tx: Tx,
  audit: AuditFn,
  accountId: string,
  fromId: string,
  toId: string,
) {
  const moved = await tx
    .update(tasks)
    .set({ assigneeId: toId, remindedAt: null, overdueNotifiedAt: null })
    .where(
      and(eq(tasks.accountId, accountId), eq(tasks.assigneeId, fromId), eq(tasks.status, "open")),
    )
    .returning();
  if (!moved.length) return;
  const names = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [fromId, toId]));
  const nameOf = (id: string) => names.find((u) => u.id === id)?.name ?? "";
  for (const task of moved) {
    const summary = { kind: task.kind, triggerKey: task.triggerKey, title: task.title };
    await audit({
      entity: "task",
      entityId: task.id,
      accountId,
      action: "reassign",
      before: { ...summary, assignee: nameOf(fromId) },
      after: { ...summary, assignee: nameOf(toId) },
    });
  }
}

export const editCodeAction = authedAction({
  schema: editCodeSchema,
  policy: onAccount("account.editCode"),
  run: async ({ tx, input, audit }) => {
    const [clash] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.code, input.code), ne(accounts.id, input.id)));
    if (clash) throw fieldError("code", "accounts.validation.codeTaken");
    const { before, after } = await updateVersioned(tx, accounts, input.id, input.version, {
      code: input.code,
    });
    if (before.code !== after.code) await keepPreviousCode(tx, input.id, before.code);
    await audit({
      entity: "account",
      entityId: input.id,
      accountId: input.id,
      action: "editCode",
      before: { code: before.code },
      after: { code: after.code },
    });
    return { version: after.version, code: after.code };
  },
  revalidate: (input) => paths(input.id),
});
