import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { databaseAvailable } from "@/db/readiness";
import { actionRequestRefusal, refusalResponse } from "@/lib/http/action-guard";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/security/headers";
import { gatedRequest, unavailableResponse } from "@/lib/http/unavailable";

/** Auth.js's session cookie under https; `authjs.session-token` otherwise. */
const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/**
 * Convenience only: sends visitors without a valid session cookie to sign-in. Pages and
 * actions check the session and the user themselves (lib/auth/session.ts).
 *
 * It reads the cookie and never writes it. Auth.js's own middleware re-issues the
 * session cookie on every request it sees, prefetches included, and a request still in
 * flight when the user signs out then answered with a fresh cookie: signed out, and
 * signed in again a moment later (on a shared computer, for the next person). Nothing
 * else renews the cookie, so a session lasts 12 hours from sign-in.
 *
 * It also gives every response a Content-Security-Policy with a fresh nonce: Next.js
 * reads the nonce from the request's CSP header and puts it on its scripts
 * (lib/security/headers.ts; the static security headers come from next.config.ts).
 */
async function route(request: NextRequest, headers: Headers) {
  // A foreign Origin, an oversized or undecodable server-action body: 403/413/400, not a 500.
  const refusal = await actionRequestRefusal(request);
  if (refusal) return refusalResponse(refusal);
  // The database is down: a clear 503 page at once, not a page that hangs or fails.
  if (gatedRequest(request) && !(await databaseAvailable())) return unavailableResponse(request);
  const next = () => NextResponse.next({ request: { headers } });
  if (request.nextUrl.pathname.startsWith("/sign-in")) return next();
  // The public survey pages: a customer's personal link, no sign-in (app/survey).
  if (request.nextUrl.pathname.startsWith("/survey/")) return next();
  const secureCookie = request.cookies
    .getAll()
    .some((cookie) => cookie.name.startsWith(SECURE_SESSION_COOKIE));
  const token = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  if (token?.sub) return next();
  // Back to the page after signing in: its path (sign-in accepts no other origin),
  // without the router's `_rsc` marker when the request was a prefetch.
  const back = request.nextUrl.clone();
  back.searchParams.delete("_rsc");
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", back.pathname + back.search);
  return NextResponse.redirect(signIn);
}

export default async function proxy(request: NextRequest) {
  const https = servedOverHttps(request.nextUrl, request.headers);
  const csp = contentSecurityPolicy({
    nonce: createNonce(),
    dev: process.env.NODE_ENV === "development",
    https,
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = await route(request, headers);
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    "/((?!api/auth|api/health|api/ready|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)",
  ],
};
