import "server-only";
import { eq, sql } from "drizzle-orm";
import { credentialsSchema } from "@/lib/validations/auth";
import { db } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { isSignInLocked, recordSignInFailure, recordSignInSuccess } from "./throttle";

export { credentialsSchema };

/** Sign-in is paused for this e-mail or address (too many failures); the same for any e-mail. */
export class SignInLockedError extends Error {
  constructor() {
    super("sign-in locked");
  }
}

type Options = {
  /** The client's address (lib/auth/throttle-rules.ts `clientAddress`). */
  address?: string;
  /** Waits before a failure's answer; tests pass their own. */
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The user for valid credentials of an active account, else null (same cost either
 * way). Throttled per e-mail and per address: failures past the first few are answered
 * ever later, and past the limit a lock refuses every attempt, the right password too.
 */
export async function authenticate(
  email: string,
  password: string,
  { address = "unknown", sleep = wait }: Options = {},
) {
  const subject = { email, address };
  if (await isSignInLocked(subject)) throw new SignInLockedError();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, sql`lower(${email})`))
    .limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) {
    await sleep(await recordSignInFailure(subject));
    return null;
  }
  await recordSignInSuccess(subject);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
