import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db, type Db } from "@/db";
import { signInAttempts } from "@/db/schema";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { failureDelayMs, THROTTLE, type ThrottleKind } from "./throttle-rules";

/**
 * Sign-in throttling on rate-limiter-flexible's Drizzle store: the counts live in
 * PostgreSQL (`sign_in_attempts`, created by a migration), so they hold across
 * instances and restarts. The rules are in ./throttle-rules.ts.
 */
function limiter(kind: ThrottleKind) {
  const rule = THROTTLE[kind];
  return new RateLimiterDrizzle({
    storeClient: db,
    schema: signInAttempts,
    keyPrefix: rule.prefix,
    points: rule.limit,
    duration: rule.windowSeconds,
    blockDuration: rule.lockSeconds,
  });
}

const limiters = { email: limiter("email"), address: limiter("address") };

export type SignInSubject = { email: string; address: string };

const subjectKey = (kind: ThrottleKind, subject: SignInSubject) =>
  kind === "email" ? subject.email.toLowerCase() : subject.address;

/** Whether sign-in is locked for this e-mail or this address. */
export async function isSignInLocked(subject: SignInSubject): Promise<boolean> {
  const found = await Promise.all(
    (["email", "address"] as const).map((kind) => limiters[kind].get(subjectKey(kind, subject))),
  );
  return found.some(
    (res, i) => !!res && res.consumedPoints > THROTTLE[i ? "address" : "email"].limit,
  );
}

/**
 * Counts a failed sign-in for the e-mail and the address, writes an audit row when
 * this failure locks either, and returns how long to wait before answering.
 */
export async function recordSignInFailure(subject: SignInSubject): Promise<number> {
  const failures = { email: 0, address: 0 };
  for (const kind of ["email", "address"] as const) {
    const key = subjectKey(kind, subject);
    try {
      failures[kind] = (await limiters[kind].consume(key)).consumedPoints;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      failures[kind] = rejection.consumedPoints;
      if (rejection.consumedPoints === THROTTLE[kind].limit + 1) {
        await auditLock(db, kind, `${THROTTLE[kind].prefix}:${key}`, rejection);
      }
    }
  }
  return failureDelayMs(failures);
}

/** A successful sign-in forgets the e-mail's failures (not the address's). */
export async function recordSignInSuccess(subject: SignInSubject): Promise<void> {
  await limiters.email.delete(subjectKey("email", subject));
}

/** The audit row of a new lock; written on its own, as no transaction is open here. */
async function auditLock(client: Db, kind: ThrottleKind, key: string, res: RateLimiterRes) {
  const audit = (entry: AuditEntry) => writeAudit(client, null, entry);
  await audit({
    entity: "signInLock",
    entityId: key,
    action: "lock",
    after: {
      kind,
      failures: res.consumedPoints,
      lockedUntil: new Date(Date.now() + res.msBeforeNext).toISOString(),
    },
  });
}
