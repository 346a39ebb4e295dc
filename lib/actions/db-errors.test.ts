import { describe, expect, test } from "vitest";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { withoutParameters } from "./db-errors";

/** What drizzle throws: the statement and its parameters, the driver's error as cause. */
function drizzleError(cause: Error) {
  return Object.assign(new Error('Failed query: insert into "users"\nparams: $argon2id$secret'), {
    query: 'insert into "users"',
    params: ["$argon2id$secret"],
    cause,
  });
}

describe("errors re-thrown by the action wrapper", () => {
  test("carry the statement and the code, never the parameters", () => {
    const pg = Object.assign(new Error("division by zero"), {
      name: "PostgresError",
      code: "22012",
    });
    const clean = withoutParameters(drizzleError(pg)) as Error & { code?: string };
    expect(clean.message).toContain('insert into "users"');
    expect(clean.message).toContain("22012");
    expect(clean.message).not.toContain("argon2");
    expect(clean.cause).toBeUndefined();
    expect(clean.code).toBe("22012");
  });

  test("an outage stays recognisable as one", () => {
    const timeout = Object.assign(new Error("write CONNECT_TIMEOUT"), { code: "CONNECT_TIMEOUT" });
    const clean = withoutParameters(drizzleError(timeout)) as Error;
    expect(clean.message).not.toContain("argon2");
    expect(clean.message).toContain("CONNECT_TIMEOUT");
    expect(isDatabaseUnavailable(clean)).toBe(true);
  });

  test("other errors pass through unchanged", () => {
    const bug = new TypeError("x is undefined");
    expect(withoutParameters(bug)).toBe(bug);
  });
});
