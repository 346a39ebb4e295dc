import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import {
  changeUserRoleAction,
  createUserAction,
  setUserActiveAction,
} from "@/app/(app)/admin/users/actions";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { authenticate } from "@/lib/auth/credentials";
import { authedAction } from "./action";
import { refused } from "./errors";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const newUser = {
  name: "新同事",
  email: "new.person@test.example",
  role: "manager" as const,
  password: "long enough password",
};
const countUsers = async (email: string) =>
  (await db.select().from(users).where(eq(users.email, email))).length;

describe("the action wrapper", () => {
  test("refuses a caller without a session and writes nothing", async () => {
    const result = await createUserAction(newUser);
    expect(result).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await countUsers(newUser.email)).toBe(0);
  });

  test("refuses a signed-in user whose role the policy does not allow", async () => {
    for (const role of ["manager", "director", "executive"] as const) {
      signInAs((await createUser(role)).id);
      const result = await createUserAction(newUser);
      expect(result).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await countUsers(newUser.email)).toBe(0);
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  test("allows the admin, writes the row and an audit row in one go", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    const result = await createUserAction(newUser);
    expect(result.ok).toBe(true);
    expect(await countUsers(newUser.email)).toBe(1);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entity, "user"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "create" });
    expect(JSON.stringify(audit[0]!.after)).not.toContain("passwordHash");
    expect(await authenticate(newUser.email, newUser.password)).not.toBeNull();
  });

  test("returns per-field errors for bad input and writes nothing", async () => {
    signInAs((await createUser("admin")).id);
    const result = await createUserAction({ ...newUser, email: "not-an-email", password: "short" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("validation");
    expect(result.fieldErrors?.email).toEqual(["invalidEmail"]);
    expect(result.fieldErrors?.password).toEqual(["passwordTooShort|min=10"]);
    expect(JSON.stringify(result)).not.toContain('short"');
  });

  test("reports a duplicate e-mail beside the field", async () => {
    signInAs((await createUser("admin")).id);
    await createUserAction(newUser);
    const again = await createUserAction({ ...newUser, email: newUser.email.toUpperCase() });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ["common.admin.emailTaken"] } });
  });

  test("a stale version is a conflict and leaves the row as the first writer saved it", async () => {
    signInAs((await createUser("admin")).id);
    const target = await createUser("manager");
    const first = await changeUserRoleAction({
      id: target.id,
      version: target.version,
      role: "director",
    });
    expect(first).toMatchObject({ ok: true, data: { version: target.version + 1 } });
    const stale = await changeUserRoleAction({
      id: target.id,
      version: target.version,
      role: "executive",
    });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      message: "common.errors.conflict",
    });
    const [row] = await db.select().from(users).where(eq(users.id, target.id));
    expect(row!.role).toBe("director");
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "changeRole")));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ before: { role: "manager" }, after: { role: "director" } });
  });

  test("deactivating a user ends their session on the next call", async () => {
    const admin = await createUser("admin");
    const other = await createUser("admin");
    signInAs(other.id);
    expect((await createUserAction(newUser)).ok).toBe(true);
    signInAs(admin.id);
    expect(
      (await setUserActiveAction({ id: other.id, version: other.version, active: false })).ok,
    ).toBe(true);
    signInAs(other.id);
    const after = await createUserAction({ ...newUser, email: "second@test.example" });
    expect(after).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  test("an admin cannot demote or deactivate themselves", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    const result = await setUserActiveAction({
      id: admin.id,
      version: admin.version,
      active: false,
    });
    expect(result).toMatchObject({
      ok: false,
      error: "refused",
      message: "common.admin.cannotChangeSelf",
    });
  });
});

describe("after-commit hooks", () => {
  /** Renames the caller in the transaction and registers a hook that reads the name on another connection. */
  const renaming = (seen: string[], failWith?: Error) =>
    authedAction({
      schema: z.object({ name: z.string() }),
      policy: () => true,
      readOnly: true,
      run: async ({ tx, user, input, afterCommit }) => {
        await tx.update(users).set({ name: input.name }).where(eq(users.id, user.id));
        afterCommit(async () => {
          const [row] = await db
            .select({ name: users.name })
            .from(users)
            .where(eq(users.id, user.id));
          seen.push(row!.name);
        });
        if (failWith) throw failWith;
        return input.name;
      },
    });

  test("run after the commit: the hook sees the committed write", async () => {
    signInAs((await createUser("manager")).id);
    const seen: string[] = [];
    expect(await renaming(seen)({ name: "已提交" })).toEqual({ ok: true, data: "已提交" });
    expect(seen).toEqual(["已提交"]);
  });

  test("never run when the transaction fails, by a refusal or an error", async () => {
    const user = await createUser("manager");
    signInAs(user.id);
    const seen: string[] = [];
    expect(await renaming(seen, refused("common.errors.forbidden"))({ name: "x" })).toMatchObject({
      ok: false,
      error: "refused",
    });
    await expect(renaming(seen, new Error("boom"))({ name: "y" })).rejects.toThrow("boom");
    expect(seen).toEqual([]);
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row!.name).toBe(user.name);
  });

  test("a failing hook is logged; the committed action still succeeds", async () => {
    signInAs((await createUser("manager")).id);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = authedAction({
      schema: z.object({}),
      policy: () => true,
      readOnly: true,
      run: async ({ afterCommit }) => {
        afterCommit(async () => {
          throw new Error("smtp down");
        });
        return 1;
      },
    });
    expect(await failing({})).toEqual({ ok: true, data: 1 });
    expect(logged).toHaveBeenCalledWith("after-commit hook failed", expect.any(Error));
    logged.mockRestore();
  });
});
