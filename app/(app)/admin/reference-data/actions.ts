"use server";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db";
import { referenceItems, type ReferenceKind } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, notFound } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import {
  createReferenceItemSchema,
  setReferenceItemActiveSchema,
  updateReferenceItemSchema,
} from "@/lib/validations/reference-data";

const PATH = "/admin/reference-data";

const codeTaken = () =>
  new ActionError("validation", "common.errors.validation", undefined, undefined, {
    code: ["settings.referenceData.codeTaken"],
  });

/** Postgres unique violation, possibly wrapped by drizzle: two admins saving the same code at once. */
const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
};

async function assertCodeFree(tx: Tx, kind: ReferenceKind, code: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(
      and(
        eq(referenceItems.kind, kind),
        eq(referenceItems.code, code),
        exceptId ? ne(referenceItems.id, exceptId) : undefined,
      ),
    );
  if (clash) throw codeTaken();
}

const guardUnique = async <T>(write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
};

export const createReferenceItemAction = authedAction({
  schema: createReferenceItemSchema,
  policy: ({ user }) => can(user, "referenceData.manage"),
  run: async ({ tx, input, audit }) => {
    await assertCodeFree(tx, input.kind, input.code);
    const [created] = await guardUnique(() =>
      tx
        .insert(referenceItems)
        .values({
          kind: input.kind,
          code: input.code,
          nameEn: input.nameEn,
          nameZh: input.nameZh,
          sortOrder: input.sortOrder,
        })
        .returning(),
    );
    await audit({
      entity: "referenceItem",
      entityId: String(created!.id),
      action: "create",
      after: created,
    });
    return { id: created!.id, version: created!.version };
  },
  revalidate: () => [PATH],
});

export const updateReferenceItemAction = authedAction({
  schema: updateReferenceItemSchema,
  policy: ({ user }) => can(user, "referenceData.manage"),
  run: async ({ tx, input, audit }) => {
    const [row] = await tx
      .select({ kind: referenceItems.kind })
      .from(referenceItems)
      .where(eq(referenceItems.id, input.id));
    if (!row || row.kind !== input.kind) throw notFound();
    await assertCodeFree(tx, input.kind, input.code, input.id);
    const { before, after } = await guardUnique(() =>
      updateVersioned(tx, referenceItems, String(input.id), input.version, {
        code: input.code,
        nameEn: input.nameEn,
        nameZh: input.nameZh,
        sortOrder: input.sortOrder,
      }),
    );
    await audit({
      entity: "referenceItem",
      entityId: String(input.id),
      action: "update",
      before,
      after,
    });
    return { version: after.version };
  },
  revalidate: () => [PATH],
});

/** Deactivated items leave the pickers but stay on the accounts that use them. */
export const setReferenceItemActiveAction = authedAction({
  schema: setReferenceItemActiveSchema,
  policy: ({ user }) => can(user, "referenceData.manage"),
  run: async ({ tx, input, audit }) => {
    const { before, after } = await updateVersioned(
      tx,
      referenceItems,
      String(input.id),
      input.version,
      { active: input.active },
    );
    await audit({
      entity: "referenceItem",
      entityId: String(input.id),
      action: input.active ? "reactivate" : "deactivate",
      before: { active: before.active },
      after: { active: after.active },
    });
    return { version: after.version };
  },
  revalidate: () => [PATH],
});
