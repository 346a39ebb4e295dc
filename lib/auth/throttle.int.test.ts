import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { auditLog, signInAttempts } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { authenticate, SignInLockedError } from "./credentials";

beforeEach(truncateAll);

/** Signs in without really waiting, recording the waits asked for. */
function attempts(address = "203.0.113.9") {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const attempt = (email: string, password: string) =>
    authenticate(email, password, { address, sleep }).catch((error: unknown) => {
      if (error instanceof SignInLockedError) return "locked" as const;
      throw error;
    });
  return { attempt, waits };
}

describe("sign-in throttling", () => {
  test("failures wait longer and longer, then the e-mail is locked, right password included", async () => {
    const user = await createUser("manager");
    const { attempt, waits } = attempts();
    for (let i = 0; i < 10; i++) expect(await attempt(user.email, "wrong password")).toBeNull();
    expect(waits).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000]);
    // The 11th failure locks; from then on even the right password is refused.
    expect(await attempt(user.email, "wrong password")).toBeNull();
    expect(await attempt(user.email, TEST_PASSWORD)).toBe("locked");
    // Another address gets the same answer: the lock is on the e-mail.
    expect(await attempts("198.51.100.1").attempt(user.email, TEST_PASSWORD)).toBe("locked");
  });

  test("an unknown e-mail is answered exactly like an existing one", async () => {
    const user = await createUser("manager");
    const known = attempts("198.51.100.1");
    const unknown = attempts("198.51.100.2");
    const results = { known: [] as unknown[], unknown: [] as unknown[] };
    for (let i = 0; i < 12; i++) {
      results.known.push(await known.attempt(user.email, "wrong password"));
      results.unknown.push(await unknown.attempt("nobody@test.example", "wrong password"));
    }
    expect(results.unknown).toEqual(results.known);
    expect(unknown.waits).toEqual(known.waits);
    expect(results.known.slice(-1)).toEqual(["locked"]);
  });

  test("locking writes one audit row; a success before the limit starts the count again", async () => {
    const user = await createUser("director");
    const { attempt } = attempts();
    for (let i = 0; i < 9; i++) await attempt(user.email, "wrong password");
    expect((await attempt(user.email, TEST_PASSWORD)) as { id: string }).toMatchObject({
      id: user.id,
    });
    for (let i = 0; i < 10; i++) await attempt(user.email, "wrong password");
    expect(await db.select().from(auditLog)).toHaveLength(0);
    for (let i = 0; i < 3; i++) await attempt(user.email, "wrong password");
    const audit = await db.select().from(auditLog);
    expect(audit).toMatchObject([
      {
        actorId: null,
        entity: "signInLock",
        entityId: `email:${user.email}`,
        action: "lock",
        after: { kind: "email", failures: 11 },
      },
    ]);
  });

  test("one address trying many e-mails is locked after 50 failures", async () => {
    const user = await createUser("manager");
    const { attempt } = attempts("192.0.2.50");
    for (let i = 0; i < 51; i++) await attempt(`guess${i}@test.example`, "wrong password");
    expect(await attempt(user.email, TEST_PASSWORD)).toBe("locked");
    expect(
      (await attempts("192.0.2.51").attempt(user.email, TEST_PASSWORD)) as object,
    ).toMatchObject({
      id: user.id,
    });
    const [row] = await db
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.key, "ip:192.0.2.50"));
    expect(row!.points).toBe(51);
  });
});
