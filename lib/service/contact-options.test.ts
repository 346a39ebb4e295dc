import { describe, expect, test } from "vitest";
import { serviceContactOptions } from "./contact-options";

const liu = { id: "c1", name: "刘建国", side: "customer" };
const wang = { id: "c2", name: "王工", side: "ours" };

describe("serviceContactOptions", () => {
  test("offers the account's customer-side contacts", () => {
    expect(serviceContactOptions([liu, wang], { id: "c1", name: "刘建国" })).toEqual([
      { id: "c1", name: "刘建国" },
    ]);
  });

  test("keeps the request's contact when the caller cannot list the account's contacts", () => {
    expect(serviceContactOptions([], { id: "c1", name: "刘建国" })).toEqual([
      { id: "c1", name: "刘建国" },
    ]);
  });

  test("a request without a contact adds nothing", () => {
    expect(serviceContactOptions([], { id: null, name: null })).toEqual([]);
  });
});
