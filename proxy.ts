import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { actionRequestRefusal, refusalResponse } from "@/lib/http/action-guard";

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
 */
export default async function proxy(request: NextRequest) {
  // A foreign Origin, an oversized or undecodable server-action body: 403/413/400, not a 500.
  const refusal = await actionRequestRefusal(request);
  if (refusal) return refusalResponse(refusal);
  if (request.nextUrl.pathname.startsWith("/sign-in")) return NextResponse.next();
  const secureCookie = request.cookies
    .getAll()
    .some((cookie) => cookie.name.startsWith(SECURE_SESSION_COOKIE));
  const token = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  if (token?.sub) return NextResponse.next();
  // Back to the page after signing in: its path (sign-in accepts no other origin),
  // without the router's `_rsc` marker when the request was a prefetch.
  const back = request.nextUrl.clone();
  back.searchParams.delete("_rsc");
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", back.pathname + back.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/((?!api/auth|api/health|api/ready|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)",
  ],
};
