import { AuthError } from "@auth/core/errors";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { signInAction } from "@/app/sign-in/actions";
import { db } from "@/db";
import { referenceItems } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { signIn } from "@/lib/auth";
import { authedAction, publicAction } from "./action";

// The sign-in action's use of next-auth (its error classes); its entry point needs Next's runtime.
vi.mock("next-auth", async () => {
  const { AuthError, CredentialsSignin } = await import("@auth/core/errors");
  return { AuthError, CredentialsSignin };
});

/** What postgres.js throws when the server is gone (see db/unavailable.ts). */
const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

/** Writes a row, then fails as the given error says. */
const writeThenFail = (error: () => Error) =>
  authedAction({
    schema: z.object({ code: z.string() }),
    policy: () => true,
    run: async ({ tx, input, audit }) => {
      await tx
        .insert(referenceItems)
        .values({ kind: "area", code: input.code, nameEn: "X", nameZh: "X" });
      await audit({ entity: "referenceItem", entityId: input.code, action: "create" });
      throw error();
    },
  });
const rows = async (code: string) =>
  db.select().from(referenceItems).where(eq(referenceItems.code, code));

beforeEach(async () => {
  await truncateAll();
  signInAs((await createUser("admin")).id);
});

describe("an outage in an action", () => {
  test("is an 'unavailable' action error, and what the action wrote is rolled back", async () => {
    const result = await writeThenFail(refused)({ code: "9901" });
    expect(result).toEqual({
      ok: false,
      error: "unavailable",
      message: "common.errors.unavailable",
    });
    expect(await rows("9901")).toEqual([]);
  });

  test("a failing statement is still an error, not passed off as an outage", async () => {
    const syntax = () => Object.assign(new Error("syntax error"), { code: "42601" });
    await expect(writeThenFail(syntax)({ code: "9902" })).rejects.toThrow("syntax error");
    expect(await rows("9902")).toEqual([]);
  });

  test("a public action answers 'unavailable' too", async () => {
    const action = publicAction(z.object({}), async () => {
      throw refused();
    });
    expect(await action({})).toMatchObject({ ok: false, error: "unavailable" });
  });

  test("sign-in during an outage says so, not that the password is wrong", async () => {
    const form = { email: "someone@test.example", password: "whatever password" };
    vi.mocked(signIn).mockRejectedValueOnce(
      new AuthError("CallbackRouteError", { cause: { err: refused() } }),
    );
    expect(await signInAction(form)).toMatchObject({
      ok: false,
      error: "unavailable",
      message: "common.errors.unavailable",
    });
    vi.mocked(signIn).mockRejectedValueOnce(new AuthError("CredentialsSignin"));
    expect(await signInAction(form)).toMatchObject({
      ok: false,
      error: "refused",
      message: "common.auth.invalidCredentials",
    });
  });
});
