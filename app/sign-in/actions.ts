"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { publicAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { signIn } from "@/lib/auth";
import { safeRedirect } from "@/lib/auth/redirect";
import { signInSchema } from "@/lib/validations/auth";

export const signInAction = publicAction(signInSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirect(callbackUrl) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "locked")
      throw new ActionError("refused", "common.auth.locked");
    // An outage is not a wrong password: publicAction answers "unavailable" for it.
    if (error instanceof AuthError && !isDatabaseUnavailable(error))
      throw new ActionError("refused", "common.auth.invalidCredentials");
    throw error;
  }
  return null;
});
