import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-ins counted per e-mail and per client address, the store of
 * rate-limiter-flexible's Drizzle limiter (lib/auth/throttle.ts), so every instance
 * sees the same counts. `key` is `email:<address>` or `ip:<address>`; `points` the
 * failures in the current window, which ends at `expire`. A key over its limit is
 * locked until `expire`.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    key: text("key").primaryKey(),
    points: integer("points").notNull(),
    expire: timestamp("expire", { withTimezone: true }),
  },
  (t) => [index("sign_in_attempts_expire_idx").on(t.expire)],
);
