"use server";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db";
import { stakeholders } from "@/db/schema";
import { onAccount, onRecordAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { changedFields } from "@/lib/actions/diff";
import { ActionError } from "@/lib/actions/errors";
import {
  createStakeholderSchema,
  deleteStakeholderSchema,
  stakeholderFieldsSchema,
  updateStakeholderSchema,
} from "@/lib/validations/stakeholder";

type Fields = ReturnType<typeof stakeholderFieldsSchema.parse>;
const FIELDS = [
  "side",
  "name",
  "salutation",
  "department",
  "title",
  "decisionRole",
  "influence",
  "attitude",
  "mobile",
  "officePhone",
  "homePhone",
  "fax",
  "email",
  "countryRegion",
  "province",
  "city",
  "postalCode",
  "address",
  "isPrimary",
  "hobbies",
  "specialDates",
] as const;

/** One primary contact per account: making someone primary clears the previous one. */
async function clearOtherPrimary(tx: Tx, accountId: string, keepId: string | null, fields: Fields) {
  if (!fields.isPrimary) return;
  await tx
    .update(stakeholders)
    .set({ isPrimary: false })
    .where(
      and(
        eq(stakeholders.accountId, accountId),
        eq(stakeholders.isPrimary, true),
        keepId ? ne(stakeholders.id, keepId) : undefined,
      ),
    );
}

const accountPath = (accountId: string) => [`/accounts/${accountId}`];

export const createStakeholderAction = authedAction({
  schema: createStakeholderSchema,
  policy: onAccount("account.update", "accountId"),
  run: async ({ tx, input, audit }) => {
    await clearOtherPrimary(tx, input.accountId, null, input.fields);
    const [created] = await tx
      .insert(stakeholders)
      .values({ ...input.fields, accountId: input.accountId })
      .returning();
    await audit({
      entity: "stakeholder",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: { name: created!.name, side: created!.side, decisionRole: created!.decisionRole },
    });
    return { id: created!.id, accountId: input.accountId };
  },
  revalidate: (input) => accountPath(input.accountId),
});

export const updateStakeholderAction = authedAction({
  schema: updateStakeholderSchema,
  policy: onRecordAccount(stakeholders, "account.update"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select({ accountId: stakeholders.accountId })
      .from(stakeholders)
      .where(eq(stakeholders.id, input.id));
    await clearOtherPrimary(tx, current!.accountId, input.id, input.fields);
    const { before, after } = await updateVersioned(
      tx,
      stakeholders,
      input.id,
      input.version,
      input.fields,
    );
    const diff = changedFields(before, after, FIELDS);
    await audit({
      entity: "stakeholder",
      entityId: input.id,
      accountId: after.accountId,
      action: "update",
      before: { name: before.name, ...diff.before },
      after: { name: after.name, ...diff.after },
    });
    return { version: after.version, accountId: after.accountId };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});

export const deleteStakeholderAction = authedAction({
  schema: deleteStakeholderSchema,
  policy: onRecordAccount(stakeholders, "account.update"),
  run: async ({ tx, input, audit }) => {
    const [deleted] = await tx
      .delete(stakeholders)
      .where(and(eq(stakeholders.id, input.id), eq(stakeholders.version, input.version)))
      .returning();
    if (!deleted) throw new ActionError("conflict", "common.errors.conflict");
    await audit({
      entity: "stakeholder",
      entityId: input.id,
      accountId: deleted.accountId,
      action: "delete",
      before: { name: deleted.name, side: deleted.side },
    });
    return { accountId: deleted.accountId };
  },
  revalidate: (_input, data) => accountPath(data.accountId),
});
