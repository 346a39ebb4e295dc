import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./config";
import { authenticate, credentialsSchema, SignInLockedError } from "./credentials";
import { clientAddress } from "./throttle-rules";

export { credentialsSchema };

/** Refused because sign-in is locked for the e-mail or the address (code `locked`). */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await authenticate(parsed.data.email, parsed.data.password, {
            address: clientAddress(request.headers),
          });
        } catch (error) {
          if (error instanceof SignInLockedError) throw new SignInLocked();
          throw error;
        }
      },
    }),
  ],
});
