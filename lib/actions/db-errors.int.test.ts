import { inspect } from "node:util";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { execute } from "./action";

const SECRET = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LXNhbHQ$c2VjcmV0LWhhc2g";

beforeEach(truncateAll);

/** Everything a server log could print of a thrown error, its causes included. */
const logged = (error: unknown) =>
  [String(error), inspect(error, { showHidden: true, depth: 5 })].join("\n");

describe("database errors in the action wrapper", () => {
  test("an unexpected failure of a statement carrying a secret is re-thrown without it", async () => {
    const admin = await createUser("admin");
    const thrown = await execute(
      {
        schema: z.object({}),
        policy: () => true,
        run: async ({ tx }) => {
          // Fails after the row is written: division by zero is not an input problem.
          await tx.insert(users).values({
            name: "x",
            email: "x@test.example",
            role: "manager",
            passwordHash: SECRET,
          });
          await tx.execute(sql`select ${SECRET}::text, 1 / 0`);
        },
      },
      admin,
      {},
    ).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Error);
    const text = logged(thrown);
    expect(text).toContain("22012");
    expect(text).not.toContain("c2VjcmV0");
    expect(await db.select().from(users)).toHaveLength(1);
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });
});
