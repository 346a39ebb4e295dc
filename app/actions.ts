"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { authedAction, publicAction } from "@/lib/actions/action";
import { signOut } from "@/lib/auth";
import { endSessions } from "@/lib/auth/end-sessions";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { localeSchema } from "@/lib/validations/auth";

/** Remembers the chosen UI language for a year; works signed in or out. */
export const setLocaleAction = publicAction(localeSchema, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
  return null;
});

const endOwnSessions = authedAction({
  schema: z.object({}),
  policy: () => true,
  run: async ({ tx, user, audit }) => {
    await endSessions(tx, user.id);
    await audit({ entity: "user", entityId: user.id, action: "signOut" });
    return null;
  },
});

/**
 * Signs out everywhere: the session version is raised first (so a copy of the cookie,
 * on this or another device, stops working), then this browser's cookie is cleared.
 * An already dead session still gets its cookie cleared.
 */
export async function signOutAction(raw: Record<string, never> | FormData) {
  const result = await endOwnSessions(raw);
  await signOut({ redirectTo: "/sign-in" });
  return result;
}
