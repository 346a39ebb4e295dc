import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/users";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string; sessionVersion?: number };
  }
}

/**
 * The Auth.js config apart from the credentials provider (lib/auth/index.ts): JWT
 * sessions of 12 hours carrying the user's id, role and session version (compared with
 * `users.session_version` on every request, so raising it ends the session). The proxy only reads the
 * cookie to redirect signed-out visitors; every page and action checks the session and
 * the user itself through `lib/auth/session.ts`.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.role === "string") session.user.role = token.role as Role;
      if (typeof token.sv === "number") session.user.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
