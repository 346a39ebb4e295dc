import { expect, test } from "vitest";
import { boardFilterQuery, parseBoardFilters } from "./board-filters";

test("reads valid filters from the URL and ignores malformed ones", () => {
  const owner = "0b9f7c1e-3c1d-4a56-9a51-2f0f8f9d6e11";
  expect(parseBoardFilters({ owner, grade: "important", industry: "3", overdue: "1" })).toEqual({
    ownerId: owner,
    grade: "important",
    industryId: 3,
    overdue: true,
    unowned: undefined,
  });
  expect(
    parseBoardFilters({ owner: "x' or 1=1", grade: "vip", industry: "-2", overdue: "yes" }),
  ).toEqual({
    ownerId: undefined,
    unowned: undefined,
    grade: undefined,
    industryId: undefined,
    overdue: undefined,
  });
});

test("round-trips through a query string", () => {
  const filters = parseBoardFilters({ grade: "normal", overdue: "1" });
  expect(boardFilterQuery(filters).toString()).toBe("grade=normal&overdue=1");
});

test("owner 'none' is the accounts nobody owns, and links keep it", () => {
  const filters = parseBoardFilters({ owner: "none", overdue: "1" });
  expect(filters).toMatchObject({ ownerId: undefined, unowned: true, overdue: true });
  expect(boardFilterQuery(filters).toString()).toBe("owner=none&overdue=1");
});
