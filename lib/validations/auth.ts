import "./zod-jitless";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** What the sign-in form sends; Auth.js's credentials provider parses the same. */
export const credentialsSchema = z.object({
  email: z.email("invalidEmail").max(254),
  password: z.string().min(1, "required").max(200),
});

/** The sign-in action's input: the credentials and the page to return to. */
export const signInSchema = credentialsSchema.extend({ callbackUrl: z.string().optional() });

/** The language switch (works signed in or out). */
export const localeSchema = z.object({ locale: z.enum(LOCALES) });
