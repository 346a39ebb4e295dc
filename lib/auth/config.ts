import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/users";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
}

/**
 * Edge-safe part of the Auth.js config (no providers, no database), shared by the
 * proxy. The proxy only redirects signed-out visitors; every page and action
 * checks the session and role itself through `lib/auth/session.ts`.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const isSignIn = request.nextUrl.pathname.startsWith("/sign-in");
      if (isSignIn) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.role === "string") session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
