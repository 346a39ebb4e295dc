import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { createUser, TEST_PASSWORD, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { authenticate } from "./credentials";
import { getCurrentUser } from "./session";

beforeEach(truncateAll);

describe("sign-in", () => {
  test("valid credentials return the user with role", async () => {
    const user = await createUser("director");
    const result = await authenticate(user.email, TEST_PASSWORD);
    expect(result).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      role: "director",
      sessionVersion: 1,
    });
  });

  test("e-mail is matched case-insensitively", async () => {
    const user = await createUser("manager");
    expect(await authenticate(user.email.toUpperCase(), TEST_PASSWORD)).not.toBeNull();
  });

  test("wrong password and unknown e-mail are both refused", async () => {
    const user = await createUser("manager");
    expect(await authenticate(user.email, "wrong password!")).toBeNull();
    expect(await authenticate("nobody@test.example", TEST_PASSWORD)).toBeNull();
  });

  test("a deactivated user cannot sign in even with the right password", async () => {
    const user = await createUser("manager", { active: false });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
  });

  test("a deactivated user's existing session stops working", async () => {
    const user = await createUser("manager");
    signInAs(user.id);
    expect((await getCurrentUser())?.id).toBe(user.id);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await getCurrentUser()).toBeNull();
  });

  test("a token whose session version is not the user's current one is refused", async () => {
    const user = await createUser("manager");
    await db.update(users).set({ sessionVersion: 4 }).where(eq(users.id, user.id));
    signInAs(user.id, 3);
    expect(await getCurrentUser()).toBeNull();
    signInAs(user.id, 4);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});
