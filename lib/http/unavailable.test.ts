import { describe, expect, test } from "vitest";
import en from "@/messages/common/en.json";
import zh from "@/messages/common/zh-CN.json";
import { gatedRequest, unavailableResponse } from "./unavailable";

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  new Request(`http://localhost:3000${path}`, { method, headers });

describe("the database-unavailable page", () => {
  test("answers 503 with Retry-After, never cached", async () => {
    const response = unavailableResponse(get("/accounts"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toContain("text/html");
  });

  test("speaks Chinese by default and English when the browser or the cookie asks", async () => {
    const zhPage = await unavailableResponse(get("/")).text();
    expect(zhPage).toContain('lang="zh-CN"');
    expect(zhPage).toContain(zh.errors.unavailableTitle);
    expect(zhPage).toContain(zh.errors.unavailableBody);
    const enPage = await unavailableResponse(get("/", { "accept-language": "en-US" })).text();
    expect(enPage).toContain(en.errors.unavailableTitle);
    expect(enPage).toContain(en.errors.unavailableBody);
    const cookiePage = await unavailableResponse(
      get("/", { "accept-language": "en-US", cookie: "a=b; NEXT_LOCALE=zh-CN" }),
    ).text();
    expect(cookiePage).toContain(zh.errors.unavailableTitle);
  });

  test("its try-again link reloads the same page, escaped and without the router marker", async () => {
    const page = await unavailableResponse(
      get('/accounts?q="><script>&_rsc=abc', { "accept-language": "en" }),
    ).text();
    expect(page).toContain(`>${en.actions.retry}</a>`);
    expect(page).toContain('href="/accounts?q=%22%3E%3Cscript%3E"');
    expect(page).not.toContain("<script");
  });

  test("only page loads are gated; actions reach the action wrapper", () => {
    expect(gatedRequest(get("/"))).toBe(true);
    expect(gatedRequest(get("/", {}, "HEAD"))).toBe(true);
    expect(gatedRequest(get("/accounts", { "next-action": "abc" }, "POST"))).toBe(false);
  });
});
