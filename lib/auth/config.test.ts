import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { expect, test } from "vitest";
import { authConfig } from "./config";

const { jwt, session } = authConfig.callbacks;

test("the session token carries the user's session version from sign-in to every request", () => {
  const token = jwt({
    token: {} as JWT,
    user: { id: "u1", role: "manager", sessionVersion: 3 },
  } as Parameters<typeof jwt>[0]) as JWT;
  expect(token).toMatchObject({ sub: "u1", role: "manager", sv: 3 });
  const out = session({
    session: { user: {} } as Session,
    token,
  } as unknown as Parameters<typeof session>[0]) as Session;
  expect(out.user).toMatchObject({ id: "u1", role: "manager", sessionVersion: 3 });
});

test("a token issued before session versions existed gives a session without one", () => {
  const out = session({
    session: { user: {} } as Session,
    token: { sub: "u1", role: "manager" } as JWT,
  } as unknown as Parameters<typeof session>[0]) as Session;
  expect(out.user.sessionVersion).toBeUndefined();
});
