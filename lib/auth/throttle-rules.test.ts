import { expect, test } from "vitest";
import { clientAddress, failureDelayMs, isLocked, parseThrottleKey } from "./throttle-rules";

test("the first failures answer at once, later ones wait longer each time, up to 4 s", () => {
  const byEmail = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((email) =>
    failureDelayMs({ email, address: email }),
  );
  expect(byEmail).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000]);
});

test("an address is slowed only after more failures than an e-mail", () => {
  expect(failureDelayMs({ email: 1, address: 10 })).toBe(0);
  expect(failureDelayMs({ email: 1, address: 11 })).toBe(250);
  expect(failureDelayMs({ email: 1, address: 14 })).toBe(2000);
});

test("an e-mail locks past 10 failures, an address past 50", () => {
  expect([isLocked("email", 10), isLocked("email", 11)]).toEqual([false, true]);
  expect([isLocked("address", 50), isLocked("address", 51)]).toEqual([false, true]);
});

test("stored keys name their kind", () => {
  expect(parseThrottleKey("email:li@pcrm.example")).toEqual({
    kind: "email",
    subject: "li@pcrm.example",
  });
  expect(parseThrottleKey("ip:203.0.113.9")).toEqual({ kind: "address", subject: "203.0.113.9" });
  expect(parseThrottleKey("other:x")).toBeNull();
});

test("the client address is the hop the nearest proxy saw", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  expect(clientAddress(h({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" }))).toBe("203.0.113.9");
  expect(clientAddress(h({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  expect(clientAddress(h({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
  expect(clientAddress(h({}))).toBe("unknown");
});
