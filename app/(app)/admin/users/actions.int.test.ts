import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { authenticate } from "@/lib/auth/credentials";
import { getCurrentUser } from "@/lib/auth/session";
import { endUserSessionsAction, resetUserPasswordAction, setUserActiveAction } from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const NEW = "issued by the admin";
const OTHER_ROLES = ["director", "manager", "executive"] as const;

/** Whether a cookie `target` got at sign-in (session version 1) still works. */
async function oldSessionWorks(targetId: string) {
  signInAs(targetId);
  const works = (await getCurrentUser())?.id === targetId;
  return works;
}

describe("an admin resets a password", () => {
  test("the new password works, the old one and the user's sessions do not", async () => {
    const admin = await createUser("admin");
    const target = await createUser("manager");
    signInAs(admin.id);
    expect(await resetUserPasswordAction({ id: target.id, password: NEW })).toEqual({
      ok: true,
      data: null,
    });
    expect(await oldSessionWorks(target.id)).toBe(false);
    expect(await authenticate(target.email, TEST_PASSWORD)).toBeNull();
    expect((await authenticate(target.email, NEW))?.id).toBe(target.id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, target.id));
    expect(audit).toMatchObject([
      { actorId: admin.id, action: "resetPassword", before: null, after: null },
    ]);
  });

  test("is refused for other roles and signed-out callers, and changes nothing", async () => {
    const target = await createUser("manager");
    expect(await resetUserPasswordAction({ id: target.id, password: NEW })).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
    for (const role of OTHER_ROLES) {
      signInAs((await createUser(role)).id);
      expect(await resetUserPasswordAction({ id: target.id, password: NEW }), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await oldSessionWorks(target.id)).toBe(true);
    expect((await authenticate(target.email, TEST_PASSWORD))?.id).toBe(target.id);
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  test("not for the admin's own account, nor a user who does not exist", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    expect(await resetUserPasswordAction({ id: admin.id, password: NEW })).toMatchObject({
      ok: false,
      error: "refused",
      message: "common.admin.resetOwnPassword",
    });
    expect(await resetUserPasswordAction({ id: crypto.randomUUID(), password: NEW })).toMatchObject(
      { ok: false, error: "not_found" },
    );
    expect(await resetUserPasswordAction({ id: admin.id, password: "short" })).toMatchObject({
      error: "validation",
      fieldErrors: { password: ["passwordTooShort|min=10"] },
    });
  });
});

describe("an admin signs a user out everywhere", () => {
  test("every session of the user ends; the user can sign in again", async () => {
    const admin = await createUser("admin");
    const target = await createUser("director");
    signInAs(admin.id);
    expect(await endUserSessionsAction({ id: target.id })).toEqual({ ok: true, data: null });
    expect(await oldSessionWorks(target.id)).toBe(false);
    const again = await authenticate(target.email, TEST_PASSWORD);
    signInAs(target.id, again!.sessionVersion);
    expect((await getCurrentUser())?.id).toBe(target.id);
    expect(await db.select().from(auditLog)).toMatchObject([
      { actorId: admin.id, entityId: target.id, action: "endSessions" },
    ]);
  });

  test("is refused for other roles and signed-out callers", async () => {
    const target = await createUser("manager");
    expect(await endUserSessionsAction({ id: target.id })).toMatchObject({
      error: "unauthenticated",
    });
    for (const role of OTHER_ROLES) {
      signInAs((await createUser(role)).id);
      expect(await endUserSessionsAction({ id: target.id }), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await oldSessionWorks(target.id)).toBe(true);
    signInAs((await createUser("admin")).id);
    expect(await endUserSessionsAction({ id: crypto.randomUUID() })).toMatchObject({
      error: "not_found",
    });
  });
});

test("reactivating a deactivated user does not bring back their old sessions", async () => {
  const admin = await createUser("admin");
  const target = await createUser("manager");
  signInAs(admin.id);
  const off = await setUserActiveAction({ id: target.id, version: 1, active: false });
  expect(off).toEqual({ ok: true, data: { version: 2 } });
  const on = await setUserActiveAction({ id: target.id, version: 2, active: true });
  expect(on).toEqual({ ok: true, data: { version: 3 } });
  expect(await oldSessionWorks(target.id)).toBe(false);
  const [row] = await db.select().from(users).where(eq(users.id, target.id));
  expect(row!.active).toBe(true);
});
