import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

/** Convenience only: sends signed-out visitors to sign-in. Pages and actions check for themselves. */
export const { auth: proxy } = NextAuth(authConfig);

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
