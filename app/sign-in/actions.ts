"use server";
import { z } from "zod";
import { AuthError } from "next-auth";
import { publicAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { credentialsSchema, signIn } from "@/lib/auth";

const schema = credentialsSchema.extend({ callbackUrl: z.string().optional() });

/** Relative, same-site paths only: never an open redirect. */
const safeRedirect = (url: string | undefined) =>
  url && url.startsWith("/") && !url.startsWith("//") ? url : "/";

export const signInAction = publicAction(schema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirect(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError)
      throw new ActionError("refused", "common.auth.invalidCredentials");
    throw error;
  }
  return null;
});
