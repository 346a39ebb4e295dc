import { AuthError } from "@auth/core/errors";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, test } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

/** Errors shaped as postgres.js makes them (Errors.connection / PostgresError). */
const connectionError = (code: string) =>
  Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code, errno: code });
const postgresError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: "PostgresError", code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  test.each([
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENOTFOUND",
    "CONNECT_TIMEOUT",
    "CONNECTION_CLOSED",
    "CONNECTION_ENDED",
    "CONNECTION_DESTROYED",
  ])("a %s connection error is an outage", (code) => {
    expect(isDatabaseUnavailable(connectionError(code))).toBe(true);
  });

  test.each([
    ["57P01", "terminating connection due to administrator command"],
    ["57P02", "terminating connection due to crash of another server process"],
    ["57P03", "the database system is shutting down"],
    ["53300", "sorry, too many clients already"],
    ["08006", "connection failure"],
    ["08001", "could not establish connection"],
  ])("SQLSTATE %s (%s) is an outage", (code, message) => {
    expect(isDatabaseUnavailable(postgresError(code, message))).toBe(true);
  });

  test("found through Drizzle's query wrapper and Auth.js's cause", () => {
    const refused = connectionError("ECONNREFUSED");
    const wrapped = new DrizzleQueryError("select 1", [], refused);
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(
      isDatabaseUnavailable(new AuthError("CallbackRouteError", { cause: { err: wrapped } })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error("x"), refused]))).toBe(true);
  });

  test.each([
    ["23505", "duplicate key value violates unique constraint"],
    ["23503", "insert or update on table violates foreign key constraint"],
    ["40001", "could not serialize access"],
    ["42P01", "relation does not exist"],
    ["57014", "canceling statement due to statement timeout"],
    ["22P02", "invalid input syntax for type uuid"],
  ])("a failing statement (%s, %s) is not an outage", (code, message) => {
    const error = postgresError(code, message);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], error))).toBe(false);
  });

  test("plain errors and non-errors are not outages", () => {
    expect(isDatabaseUnavailable(new Error("ECONNREFUSED in a message only"))).toBe(false);
    expect(isDatabaseUnavailable(new AuthError("CredentialsSignin"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    const loop: { code?: string; cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
