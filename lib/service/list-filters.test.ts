import { describe, expect, it } from "vitest";
import { cursorOf, parseServiceFilters, serviceFiltersQuery } from "./list-filters";

const id = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

describe("service list filters in the URL", () => {
  it("reads known values and drops unknown ones", () => {
    expect(
      parseServiceFilters({
        q: "  起泡 ",
        status: "open",
        type: "complaint",
        priority: "bogus",
        owner: "'; drop table",
        overdue: "1",
      }),
    ).toEqual({
      q: "起泡",
      status: "open",
      type: "complaint",
      priority: undefined,
      owner: undefined,
      overdue: true,
      after: undefined,
    });
  });

  it("round-trips through the query string, cursor included", () => {
    const row = { receivedAt: new Date("2026-12-07T02:00:00Z"), id };
    const query = serviceFiltersQuery({ status: "resolved", owner: "me" }, cursorOf(row));
    const parsed = parseServiceFilters(Object.fromEntries(new URLSearchParams(query)));
    expect(parsed).toMatchObject({ status: "resolved", owner: "me", after: row });
  });

  it("ignores a malformed cursor", () => {
    expect(parseServiceFilters({ after: "yesterday~x" }).after).toBeUndefined();
  });
});
