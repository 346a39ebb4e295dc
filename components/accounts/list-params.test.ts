import { describe, expect, test } from "vitest";
import {
  encodeCursor,
  hasFilters,
  listHref,
  listQuery,
  parseListParams,
  toListQuery,
} from "./list-params";

const ID = "7f1c6a3e-3b7e-4a53-9d3f-2a4f7f0b9c11";

describe("account list URL state", () => {
  test("reads filters, sort and cursor from the URL", () => {
    const after = encodeCursor({ v: "2026-01-02T03:04:05.123456Z", id: ID });
    const params = parseListParams({
      q: " 华彩 ",
      stage: "evaluation",
      grade: "important",
      owner: ID,
      industry: "3",
      status: "active",
      overdue: "1",
      sort: "longest",
      after,
    });
    expect(toListQuery(params)).toEqual({
      filters: {
        q: "华彩",
        stage: "evaluation",
        grade: "important",
        ownerId: ID,
        industryId: 3,
        status: "active",
        overdue: true,
        archived: undefined,
      },
      sort: "stageAge",
      after: { v: "2026-01-02T03:04:05.123456Z", id: ID },
    });
  });

  test("drops malformed values instead of failing", () => {
    const params = parseListParams({
      stage: "nope",
      grade: ["important", "normal"],
      owner: "not-a-uuid",
      industry: "-1",
      overdue: "yes",
      sort: "random",
      after: "garbage",
    });
    expect(params).toMatchObject({ grade: "important", sort: "name" });
    expect(toListQuery(params)).toMatchObject({
      filters: { stage: undefined, ownerId: undefined, industryId: undefined, overdue: undefined },
      after: undefined,
    });
  });

  test("owner 'none' asks for the accounts nobody owns; a source narrows by source", () => {
    const params = parseListParams({ owner: "none", source: "4" });
    expect(toListQuery(params).filters).toMatchObject({
      ownerId: undefined,
      unowned: true,
      sourceId: 4,
    });
    expect(hasFilters(parseListParams({ source: "4" }))).toBe(true);
    expect(listHref(params)).toBe("/accounts?owner=none&source=4");
    expect(toListQuery(parseListParams({ owner: ID })).filters).toMatchObject({
      ownerId: ID,
      unowned: undefined,
    });
  });

  test("a name cursor is not accepted for a date sort", () => {
    const after = encodeCursor({ v: "Acme", id: ID });
    expect(toListQuery(parseListParams({ sort: "newest", after })).after).toBeUndefined();
    expect(toListQuery(parseListParams({ after })).after).toEqual({ v: "Acme", id: ID });
  });

  test("builds short, bookmarkable links", () => {
    const params = parseListParams({ q: "acme", sort: "name" });
    expect(listHref(params)).toBe("/accounts?q=acme");
    expect(listHref(params, { sort: "newest", q: undefined })).toBe("/accounts?sort=newest");
    expect(listHref(parseListParams({}))).toBe("/accounts");
  });

  test("an export or print carries the view's filters and sort, not its page", () => {
    const after = encodeCursor({ v: "Acme", id: ID });
    const params = parseListParams({ q: "杭州", grade: "important", sort: "newest", after });
    expect(listQuery(params)).toBe("q=%E6%9D%AD%E5%B7%9E&grade=important&sort=newest");
    expect(listQuery(parseListParams({ after }))).toBe("");
  });
  test("value class: a class or 'none' filters, 'abc' sorts; anything else is dropped", () => {
    const params = parseListParams({ abc: "B", sort: "abc" });
    expect(toListQuery(params)).toMatchObject({ filters: { abc: "B" }, sort: "abc" });
    expect(hasFilters(params)).toBe(true);
    expect(listHref(params)).toBe("/accounts?abc=B&sort=abc");
    expect(toListQuery(parseListParams({ abc: "none" })).filters.abc).toBe("none");
    for (const abc of ["a", "D", "", "A,B"]) {
      const dropped = parseListParams({ abc });
      expect(dropped.abc).toBeUndefined();
      expect(hasFilters(dropped)).toBe(false);
    }
    expect(parseListParams({ abc: ["C", "A"] }).abc).toBe("C");
  });

  test("the class sort's cursor is a class (or none), a colon and the name", () => {
    const cursor = (v: string) =>
      toListQuery(parseListParams({ sort: "abc", after: encodeCursor({ v, id: ID }) })).after;
    expect(cursor("A:Acme")).toEqual({ v: "A:Acme", id: ID });
    expect(cursor(":Acme: Ltd")).toEqual({ v: ":Acme: Ltd", id: ID });
    expect(cursor("Acme")).toBeUndefined();
    expect(cursor("2026-01-02T03:04:05.123456Z")).toBeUndefined();
    // A class cursor is no date for a date sort.
    const after = encodeCursor({ v: "A:Acme", id: ID });
    expect(toListQuery(parseListParams({ sort: "longest", after })).after).toBeUndefined();
  });
});
