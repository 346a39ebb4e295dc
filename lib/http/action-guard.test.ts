import { describe, expect, test } from "vitest";
import { ACTION_BODY_LIMIT, actionRequestRefusal } from "./action-guard";

const action = (
  body: BodyInit | null,
  headers: Record<string, string> = {},
  url = "http://pcrm.example/accounts",
) =>
  new Request(url, {
    method: "POST",
    body,
    headers: {
      host: "pcrm.example",
      origin: "http://pcrm.example",
      "next-action": "7f00aa",
      "content-type": "text/plain;charset=UTF-8",
      ...headers,
    },
  });

describe("server action requests the proxy refuses", () => {
  test("a same-origin call with decodable arguments goes through", async () => {
    expect(await actionRequestRefusal(action('[{"name":"华东"}]'))).toBeNull();
    const form = new FormData();
    form.set("1_name", "华东");
    const multipart = new Request("http://pcrm.example/accounts", {
      method: "POST",
      body: form,
      headers: { host: "pcrm.example", origin: "http://pcrm.example", "next-action": "7f" },
    });
    expect(await actionRequestRefusal(multipart)).toBeNull();
    // Behind a reverse proxy the browser addressed the forwarded host.
    const forwarded = action("[]", {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "crm.example.com",
      origin: "https://crm.example.com",
    });
    expect(await actionRequestRefusal(forwarded)).toBeNull();
  });

  test("a foreign or opaque Origin is 403", async () => {
    expect(await actionRequestRefusal(action("[]", { origin: "https://evil.example" }))).toBe(403);
    expect(await actionRequestRefusal(action("[]", { origin: "null" }))).toBe(403);
    expect(await actionRequestRefusal(action("[]", { origin: "http://pcrm.example:8080" }))).toBe(
      403,
    );
  });

  test("a body over the limit is 413", async () => {
    const big = JSON.stringify(["x".repeat(ACTION_BODY_LIMIT)]);
    expect(await actionRequestRefusal(action(big))).toBe(413);
  });

  test("a body Next cannot decode is 400", async () => {
    for (const body of ["{not json", "", "[\u0000"]) {
      expect(await actionRequestRefusal(action(body)), body).toBe(400);
    }
    const broken = action("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=y" });
    expect(await actionRequestRefusal(broken)).toBe(400);
    expect(await actionRequestRefusal(action("a=1", { "content-type": "application/xml" }))).toBe(
      400,
    );
  });

  test("other requests are not its business", async () => {
    const get = new Request("http://pcrm.example/accounts", { headers: { origin: "https://x.y" } });
    expect(await actionRequestRefusal(get)).toBeNull();
    const api = action("{", {}, "http://pcrm.example/api/ready");
    expect(await actionRequestRefusal(api)).toBeNull();
  });
});
