import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { signOut } from "@/lib/auth";
import { authenticate } from "@/lib/auth/credentials";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLES } from "@/db/schema/users";
import { changeOwnPasswordAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  vi.mocked(signOut).mockClear();
});

const NEW = "a brand new password";
const change = (currentPassword: string, newPassword = NEW, confirmPassword = newPassword) =>
  changeOwnPasswordAction({ currentPassword, newPassword, confirmPassword });

describe("changing one's own password", () => {
  test("every role can; the old password and every old session stop working", async () => {
    for (const role of ROLES) {
      const user = await createUser(role);
      signInAs(user.id);
      expect(await change(TEST_PASSWORD), role).toEqual({ ok: true, data: null });
      expect(await getCurrentUser(), role).toBeNull();
      expect(await authenticate(user.email, TEST_PASSWORD), role).toBeNull();
      expect((await authenticate(user.email, NEW))?.id, role).toBe(user.id);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
      expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
        ["changePassword", null, null],
      ]);
    }
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in?notice=passwordChanged" });
  });

  test("a wrong current password is refused beside its field, and nothing changes", async () => {
    const user = await createUser("manager");
    signInAs(user.id);
    const before = await db.select().from(users).where(eq(users.id, user.id));
    expect(await change("not my password")).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { currentPassword: ["auth.wrongCurrentPassword"] },
    });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual(before);
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(signOut).not.toHaveBeenCalled();
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  test("a short or unconfirmed new password is a validation error", async () => {
    signInAs((await createUser("director")).id);
    expect(await change(TEST_PASSWORD, "short")).toMatchObject({
      error: "validation",
      fieldErrors: { newPassword: ["passwordTooShort|min=10"] },
    });
    expect(await change(TEST_PASSWORD, NEW, "another password!")).toMatchObject({
      error: "validation",
      fieldErrors: { confirmPassword: ["passwordsDiffer"] },
    });
  });

  test("is refused without a live session", async () => {
    const user = await createUser("manager");
    expect(await change(TEST_PASSWORD)).toMatchObject({ ok: false, error: "unauthenticated" });
    signInAs(user.id, 2); // a cookie from a session that has ended
    expect(await change(TEST_PASSWORD)).toMatchObject({ ok: false, error: "unauthenticated" });
    expect((await authenticate(user.email, TEST_PASSWORD))?.id).toBe(user.id);
  });
});
