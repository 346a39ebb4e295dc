import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listSignInLocks } from "@/db/queries/sign-in-locks";
import { auditLog, signInAttempts } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { authenticate, SignInLockedError } from "@/lib/auth/credentials";
import { unlockSignInAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const noWait = async () => {};
const attempt = (email: string, password: string) =>
  authenticate(email, password, { address: "203.0.113.7", sleep: noWait }).catch(
    (error: unknown) => {
      if (error instanceof SignInLockedError) return "locked" as const;
      throw error;
    },
  );

/** Eleven wrong passwords: the e-mail is locked. */
async function lockOut(email: string) {
  for (let i = 0; i < 11; i++) await attempt(email, "wrong password");
  expect(await attempt(email, TEST_PASSWORD)).toBe("locked");
}

describe("sign-in locks", () => {
  test("an admin sees the lock and lifts it; the user signs in again", async () => {
    const admin = await createUser("admin");
    const user = await createUser("manager");
    await lockOut(user.email);
    const locks = await listSignInLocks({ actor: admin });
    // The address has 11 failures, under its limit of 50: not locked, not listed.
    expect(locks.map((l) => [l.key, l.failures])).toEqual([[`email:${user.email}`, 11]]);
    expect(locks[0]!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    signInAs(admin.id);
    expect(await unlockSignInAction({ key: `email:${user.email}` })).toEqual({
      ok: true,
      data: null,
    });
    expect(await listSignInLocks({ actor: admin })).toEqual([]);
    expect(((await attempt(user.email, TEST_PASSWORD)) as { id: string }).id).toBe(user.id);
    const audit = await db.select().from(auditLog).orderBy(auditLog.id);
    expect(audit.map((a) => [a.actorId, a.action, a.entityId])).toEqual([
      [null, "lock", `email:${user.email}`],
      [admin.id, "unlock", `email:${user.email}`],
    ]);
  });

  test("other roles can neither see nor lift a lock", async () => {
    const user = await createUser("manager");
    await lockOut(user.email);
    expect(await unlockSignInAction({ key: `email:${user.email}` })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    for (const role of ["director", "manager", "executive"] as const) {
      const actor = await createUser(role);
      signInAs(actor.id);
      expect(await unlockSignInAction({ key: `email:${user.email}` }), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      expect(await listSignInLocks({ actor }), role).toEqual([]);
    }
    expect(await attempt(user.email, TEST_PASSWORD)).toBe("locked");
    expect(await db.select().from(signInAttempts)).toHaveLength(2);
  });

  test("unlocking a key that is not stored is not found", async () => {
    signInAs((await createUser("admin")).id);
    expect(await unlockSignInAction({ key: "email:nobody@test.example" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await unlockSignInAction({ key: "" })).toMatchObject({ error: "validation" });
  });
});
