import { expect, test } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  servedOverHttps,
  STATIC_SECURITY_HEADERS,
} from "./headers";

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name!, values.join(" ")];
    }),
  );

test("scripts run only with the request's nonce; no eval, no framing, no plugins", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc123" }));
  expect(csp["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
  expect(csp["script-src"]).not.toContain("unsafe");
  expect(csp["frame-ancestors"]).toBe("'none'");
  expect(csp["object-src"]).toBe("'none'");
  expect(csp["form-action"]).toBe("'self'");
  expect(csp["style-src"]).toBe("'self' 'nonce-abc123'");
  expect("upgrade-insecure-requests" in csp).toBe(false);
});

test("development allows eval for React's debugging; HTTPS upgrades every request", () => {
  expect(directives(contentSecurityPolicy({ nonce: "n", dev: true }))["script-src"]).toContain(
    "'unsafe-eval'",
  );
  expect(contentSecurityPolicy({ nonce: "n", https: true })).toMatch(
    /; upgrade-insecure-requests$/,
  );
});

test("each nonce is new and carries 128 bits", () => {
  const a = createNonce();
  expect(atob(a)).toHaveLength(16);
  expect(createNonce()).not.toBe(a);
});

test("HTTPS is read from the URL or the proxy's X-Forwarded-Proto", () => {
  const h = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
  expect(servedOverHttps(new URL("https://crm.example/"), h())).toBe(true);
  expect(servedOverHttps(new URL("http://10.0.0.5:3000/"), h("https"))).toBe(true);
  expect(servedOverHttps(new URL("http://10.0.0.5:3000/"), h("http"))).toBe(false);
  expect(servedOverHttps(new URL("http://127.0.0.1:3000/"), h())).toBe(false);
});

test("the static headers forbid sniffing, framing and device features", () => {
  expect(STATIC_SECURITY_HEADERS).toMatchObject({
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
  });
  expect(STATIC_SECURITY_HEADERS["Permissions-Policy"]).toContain("camera=()");
});
