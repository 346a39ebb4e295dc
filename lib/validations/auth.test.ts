import { describe, expect, test } from "vitest";
import { credentialsSchema, localeSchema, signInSchema } from "./auth";

describe("sign-in and language inputs", () => {
  test("credentials need an e-mail and a password within their limits", () => {
    expect(credentialsSchema.safeParse({ email: "a@b.cn", password: "x" }).success).toBe(true);
    const bad = credentialsSchema.safeParse({ email: "not-mail", password: "" });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "invalidEmail"],
      ["password", "required"],
    ]);
    expect(
      credentialsSchema.safeParse({ email: "a@b.cn", password: "x".repeat(201) }).success,
    ).toBe(false);
  });

  test("sign-in keeps the page to return to", () => {
    const parsed = signInSchema.parse({ email: "a@b.cn", password: "x", callbackUrl: "/pipeline" });
    expect(parsed.callbackUrl).toBe("/pipeline");
  });

  test("only the two UI languages", () => {
    expect(localeSchema.safeParse({ locale: "zh-CN" }).success).toBe(true);
    expect(localeSchema.safeParse({ locale: "fr" }).success).toBe(false);
  });
});
