import { expect, test } from "vitest";
import { safeRedirect } from "./redirect";

test("keeps paths on this site, with their query", () => {
  expect(safeRedirect("/accounts?stage=scope&overdue=1")).toBe("/accounts?stage=scope&overdue=1");
  expect(safeRedirect("/dashboards/aging#owners")).toBe("/dashboards/aging#owners");
  expect(safeRedirect("/accounts/../admin/users")).toBe("/admin/users");
});

test("refuses other origins and anything that is not a path", () => {
  for (const url of [
    undefined,
    "",
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example/x",
    "/\\/evil.example",
    "javascript:alert(1)",
    "accounts",
  ]) {
    expect(safeRedirect(url), String(url)).toBe("/");
  }
});
