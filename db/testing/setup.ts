import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

// Only the token layer is replaced: getCurrentUser still loads the user from PostgreSQL.
vi.mock("@/lib/auth", async () => {
  const { currentSession } = await import("./session");
  const { credentialsSchema } = await import("@/lib/auth/credentials");
  return {
    auth: async () => currentSession(),
    credentialsSchema,
    signIn: vi.fn(),
    signOut: vi.fn(),
  };
});
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
