"use server";
import { eq } from "drizzle-orm";
import { signInAttempts } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { notFound } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import { unlockSignInSchema } from "@/lib/validations/sign-in-lock";

/** Lifts a sign-in lock (and forgets the failures) for an e-mail or an address. */
export const unlockSignInAction = authedAction({
  schema: unlockSignInSchema,
  policy: ({ user }) => can(user, "signInLock.manage"),
  run: async ({ tx, input, audit }) => {
    const [removed] = await tx
      .delete(signInAttempts)
      .where(eq(signInAttempts.key, input.key))
      .returning();
    if (!removed) throw notFound();
    await audit({
      entity: "signInLock",
      entityId: input.key,
      action: "unlock",
      before: { failures: removed.points, lockedUntil: removed.expire },
    });
    return null;
  },
  revalidate: () => ["/admin/sign-in-locks"],
});
