"use server";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { fieldError } from "@/lib/actions/errors";
import { ActionError, notFound } from "@/lib/actions/errors";
import { endSessions } from "@/lib/auth/end-sessions";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/policy";
import {
  changeRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  setActiveSchema,
  userIdSchema,
} from "@/lib/validations/user";

const PATH = "/admin/users";
const emailTaken = () => fieldError("email", "common.admin.emailTaken");

export const createUserAction = authedAction({
  schema: createUserSchema,
  policy: ({ user }) => can(user, "user.manage"),
  run: async ({ tx, input, audit }) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.email));
    if (taken) throw emailTaken();
    const [created] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: await hashPassword(input.password),
      })
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
    await audit({ entity: "user", entityId: created!.id, action: "create", after: created });
    return created!;
  },
  // The same e-mail saved at the same moment passes the check above twice.
  constraints: { users_email_unique: emailTaken },
  revalidate: () => [PATH],
});

const notSelf = (actorId: string, targetId: string) => {
  if (actorId === targetId) throw new ActionError("refused", "common.admin.cannotChangeSelf");
};

export const changeUserRoleAction = authedAction({
  schema: changeRoleSchema,
  policy: ({ user }) => can(user, "user.manage"),
  run: async ({ tx, user, input, audit }) => {
    notSelf(user.id, input.id);
    const { before, after } = await updateVersioned(tx, users, input.id, input.version, {
      role: input.role,
    });
    await audit({
      entity: "user",
      entityId: input.id,
      action: "changeRole",
      before: { role: before.role },
      after: { role: after.role },
    });
    return { version: after.version };
  },
  revalidate: () => [PATH],
});

export const setUserActiveAction = authedAction({
  schema: setActiveSchema,
  policy: ({ user }) => can(user, "user.manage"),
  run: async ({ tx, user, input, audit }) => {
    notSelf(user.id, input.id);
    const { before, after } = await updateVersioned(tx, users, input.id, input.version, {
      active: input.active,
    });
    // Reactivating must not bring back a session from before the deactivation.
    if (!input.active) await endSessions(tx, input.id);
    await audit({
      entity: "user",
      entityId: input.id,
      action: input.active ? "reactivate" : "deactivate",
      before: { active: before.active },
      after: { active: after.active },
    });
    return { version: after.version };
  },
  revalidate: () => [PATH],
});

/** Sets a new password for someone who lost theirs; their sessions end with the old one. */
export const resetUserPasswordAction = authedAction({
  schema: resetPasswordSchema,
  policy: ({ user }) => can(user, "user.manage"),
  run: async ({ tx, user, input, audit }) => {
    if (user.id === input.id) throw new ActionError("refused", "common.admin.resetOwnPassword");
    const [updated] = await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(eq(users.id, input.id))
      .returning({ id: users.id });
    if (!updated) throw notFound();
    await endSessions(tx, input.id);
    await audit({ entity: "user", entityId: input.id, action: "resetPassword" });
    return null;
  },
});

/** "Sign out everywhere": ends every session of the user (a lost phone, a shared PC). */
export const endUserSessionsAction = authedAction({
  schema: userIdSchema,
  policy: ({ user }) => can(user, "user.manage"),
  run: async ({ tx, input, audit }) => {
    const [target] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.id));
    if (!target) throw notFound();
    await endSessions(tx, input.id);
    await audit({ entity: "user", entityId: input.id, action: "endSessions" });
    return null;
  },
});
