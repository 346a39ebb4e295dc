"use server";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { signOut } from "@/lib/auth";
import { endSessions } from "@/lib/auth/end-sessions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can } from "@/lib/policy";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/validations/user";

const changeOwnPassword = authedAction({
  schema: changeOwnPasswordSchema,
  policy: ({ user }) => can(user, "user.changeOwnPassword"),
  run: async ({ tx, user, input, audit }) => {
    const [row] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.id))
      .for("update");
    if (!(await verifyPassword(row?.passwordHash ?? null, input.currentPassword))) {
      throw new ActionError("validation", "common.errors.validation", undefined, undefined, {
        currentPassword: ["auth.wrongCurrentPassword"],
      });
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword) })
      .where(eq(users.id, user.id));
    await endSessions(tx, user.id);
    await audit({ entity: "user", entityId: user.id, action: "changePassword" });
    return null;
  },
});

/**
 * Changes the caller's password and ends all their sessions, this one included: the
 * browser is sent to sign-in, where the new password starts a new session.
 */
export async function changeOwnPasswordAction(raw: ChangeOwnPasswordInput | FormData) {
  const result = await changeOwnPassword(raw);
  if (result.ok) await signOut({ redirectTo: "/sign-in?notice=passwordChanged" });
  return result;
}
