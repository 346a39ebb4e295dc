import { eq } from "drizzle-orm";
import { beforeEach, expect, test, vi } from "vitest";
import { db } from "@/db";
import { auditLog } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { signOut } from "@/lib/auth";
import { authenticate } from "@/lib/auth/credentials";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  vi.mocked(signOut).mockClear();
});

test("signing out ends every copy of the session cookie, not only this browser's", async () => {
  const user = await createUser("manager");
  const signedIn = await authenticate(user.email, TEST_PASSWORD);
  // The cookie as issued at sign-in, copied before the sign-out.
  signInAs(user.id, signedIn!.sessionVersion);
  expect((await getCurrentUser())?.id).toBe(user.id);

  expect(await signOutAction({})).toEqual({ ok: true, data: null });
  expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });
  expect(await getCurrentUser()).toBeNull();

  const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
  expect(audit.map((a) => a.action)).toEqual(["signOut"]);

  // Signing in again issues a token for the new version, which works.
  const again = await authenticate(user.email, TEST_PASSWORD);
  expect(again!.sessionVersion).toBe(signedIn!.sessionVersion + 1);
  signInAs(user.id, again!.sessionVersion);
  expect((await getCurrentUser())?.id).toBe(user.id);
});

test("a dead session still gets its cookie cleared, and nothing is written", async () => {
  const user = await createUser("director");
  signInAs(user.id, 7);
  expect(await signOutAction({})).toMatchObject({ ok: false, error: "unauthenticated" });
  expect(signOut).toHaveBeenCalledTimes(1);
  expect(await db.select().from(auditLog)).toHaveLength(0);
});
