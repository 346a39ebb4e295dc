import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * Validated once at start. `scripts/start.ts` fills DATABASE_URL and AUTH_SECRET
 * for the embedded database before Next.js starts, so missing values here mean a
 * misconfigured deployment and fail loudly with the variable's name.
 */
export const env = createEnv({
  server: {
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required (postgres://user:pass@host:5432/db)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://"),
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is required (32+ random characters)" })
      .min(32, "AUTH_SECRET must be at least 32 characters"),
    PCRM_TIME_ZONE: z.string().default("Asia/Shanghai"),
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        error: "SMTP_URL must be an smtp:// or smtps:// URL (smtps://user:pass@host:465)",
      })
      .optional(),
    MAIL_FROM: z.string().default("PCRM <no-reply@pcrm.example>"),
    /** Where customers reach the app (survey links in mails and QR codes); unset → the request's origin. */
    PCRM_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: "PCRM_PUBLIC_URL must be an http(s) URL" })
      .optional(),
    PCRM_JOBS: z.enum(["0", "1"], "PCRM_JOBS must be 0 or 1").default("1"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  client: {},
  experimental__runtimeEnv: {},
  // `next build` loads server modules to collect page data; the values are only
  // needed (and checked) when the app starts.
  skipValidation:
    process.env.SKIP_ENV_VALIDATION === "1" || process.env.NEXT_PHASE === "phase-production-build",
  emptyStringAsUndefined: true,
});
