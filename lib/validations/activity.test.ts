import { expect, test } from "vitest";
import { activityFieldsSchema, splitLocalDateTime } from "./activity";

const valid = {
  type: "reception",
  occurredAt: "2026-12-07T10:00",
  subject: "来访接待",
  content: "",
  outcome: "",
  nextFollowUp: "",
  contactIds: [],
  participantIds: [],
};
const issues = (extra: object) => {
  const result = activityFieldsSchema.safeParse({ ...valid, ...extra });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

test("a wall time with minutes is accepted; anything else is invalidDateTime", () => {
  expect(issues({})).toEqual([]);
  expect(issues({ occurredAt: "2026-12-07T24:00" })).toEqual(["occurredAt:invalidDateTime"]);
  expect(issues({ occurredAt: "2026-02-30T10:00" })).toEqual(["occurredAt:invalidDateTime"]);
  expect(issues({ occurredAt: "2026-12-07 10:00" })).toEqual(["occurredAt:invalidDateTime"]);
  expect(issues({ occurredAt: "" })).toEqual(["occurredAt:required"]);
});

test("subject required, type from the list, follow-up a real date or empty", () => {
  expect(issues({ subject: " " })).toEqual(["subject:required"]);
  expect(issues({ type: "lunch" })).toHaveLength(1);
  expect(issues({ nextFollowUp: "2026-13-01" })).toEqual(["nextFollowUp:invalidDate"]);
  expect(issues({ nextFollowUp: "2026-12-20" })).toEqual([]);
});

test("splitLocalDateTime gives the date and minutes after midnight", () => {
  expect(splitLocalDateTime("2026-12-07T10:30")).toEqual({ date: "2026-12-07", minute: 630 });
});
