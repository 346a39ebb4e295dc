"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { authedAction, publicAction } from "@/lib/actions/action";
import { signOut } from "@/lib/auth";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

/** Remembers the chosen UI language for a year; works signed in or out. */
export const setLocaleAction = publicAction(
  z.object({ locale: z.enum(LOCALES) }),
  async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    });
    return null;
  },
);

export const signOutAction = authedAction({
  schema: z.object({}),
  policy: () => true,
  readOnly: true,
  run: async () => {
    await signOut({ redirectTo: "/sign-in" });
    return null;
  },
});
