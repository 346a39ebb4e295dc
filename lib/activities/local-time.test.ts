import { expect, test } from "vitest";
import { localDateTimeOf } from "./local-time";

test("an instant reads as the wall time of the zone, minutes only", () => {
  expect(localDateTimeOf(new Date("2026-03-02T02:00:59Z"), "Asia/Shanghai")).toBe(
    "2026-03-02T10:00",
  );
  expect(localDateTimeOf(new Date("2026-12-31T16:30:00Z"), "Asia/Shanghai")).toBe(
    "2027-01-01T00:30",
  );
});
