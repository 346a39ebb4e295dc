import { expect, test } from "./fixtures";

/*
 * Server actions are public POST endpoints. What Next itself answers with a 500
 * (lib/http/action-guard.ts, run by proxy.ts) must come back as the client error it is.
 */
const ACTION_ID = "7f".padEnd(42, "0");

test.describe("server action requests", () => {
  test("a foreign Origin is 403, an oversized body 413, an undecodable one 400", async ({
    request,
    baseURL,
  }) => {
    const post = (data: string, headers: Record<string, string> = {}) =>
      request.post("/accounts", {
        data,
        headers: {
          origin: baseURL!,
          "next-action": ACTION_ID,
          "content-type": "text/plain;charset=UTF-8",
          ...headers,
        },
        maxRedirects: 0,
      });
    const foreign = await post("[]", { origin: "https://evil.example" });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("Cross-origin");
    expect((await post(JSON.stringify(["x".repeat(1_100_000)]))).status()).toBe(413);
    expect((await post("{not json")).status()).toBe(400);
    // A well-formed call of an action that does not exist is no server error either.
    expect((await post("[]")).status()).toBeLessThan(500);
  });
});
