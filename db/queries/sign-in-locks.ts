import "server-only";
import { and, asc, gt, like, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { THROTTLE } from "@/lib/auth/throttle-rules";
import { can } from "@/lib/policy";

export type SignInLockRow = Awaited<ReturnType<typeof listSignInLocks>>[number];

const lockedKind = (kind: keyof typeof THROTTLE) =>
  and(
    like(signInAttempts.key, `${THROTTLE[kind].prefix}:%`),
    gt(signInAttempts.points, THROTTLE[kind].limit),
  );

/** E-mails and addresses whose sign-in is locked now, soonest to end first (admins only). */
export async function listSignInLocks({ actor }: { actor: CurrentUser }) {
  if (!can(actor, "signInLock.manage")) return [];
  return db
    .select({
      key: signInAttempts.key,
      failures: signInAttempts.points,
      lockedUntil: signInAttempts.expire,
    })
    .from(signInAttempts)
    .where(
      and(gt(signInAttempts.expire, sql`now()`), or(lockedKind("email"), lockedKind("address"))),
    )
    .orderBy(asc(signInAttempts.expire));
}
