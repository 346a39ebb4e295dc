import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { FUZZ_PAYLOADS } from "@/db/testing/fuzz-payloads";
import { hasUnstorableText, malformed } from "@/db/testing/fuzz-mutations";
import { buildFuzzWorld, loadFuzzWorld, type FuzzWorld } from "@/db/testing/fuzz-world";
import { signInAs } from "@/db/testing/session";

/*
 * Every server action in app/ receives generated malformed payloads (fast-check,
 * fixed seed) as every role. Each call must end in a typed result — never a throw,
 * which over HTTP is a 500 — and a refused call must leave every table as it was.
 * Text PostgreSQL cannot store (NUL, lone surrogates) must always be refused.
 */

// Auth.js itself does not load outside Next (the session layer is stubbed in setup).
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

const SEED = 20_261_203;
/** Payloads per action for the role that may call it, and for each other role. */
const MAIN_RUNS = 20;
const SIDE_RUNS = 2;
const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "validation",
  "conflict",
  "refused",
  "unavailable",
];

type Action = (input: unknown) => Promise<unknown>;

const ROLES = ["admin", "director", "owner", "executive", "other", "nobody"] as const;
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);

/** Bodies that are no object at all, FormData included (a form posted without JavaScript). */
const NOT_AN_OBJECT = () => {
  const form = new FormData();
  form.set("$ACTION_ID_x", "1");
  form.set("name", "a\u0000b");
  let deep: unknown = "x";
  for (let i = 0; i < 2_000; i++) deep = { a: [deep] };
  return [form, new FormData(), "text", 42, null, [], undefined, deep];
};

/** Actions that delete, decide or move go last, so the others still find their records. */
const LAST =
  /^(delete|remove|decide|submit|review|moveStage|signOut|setArchived|setUserActive|changeUserRole|changeOwnPassword|endUserSessions|resetUserPassword)/;
const byDamage = ([a]: [string, unknown], [b]: [string, unknown]) =>
  Number(LAST.test(a)) - Number(LAST.test(b)) || a.localeCompare(b);

/** The modules starting with "use server" under app/, and their exported functions. */
async function serverActions() {
  const root = join(process.cwd(), "app");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(root, f))
    .filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));
  const actions = new Map<string, { module: string; run: Action }>();
  for (const file of files) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") {
        actions.set(name, { module: relative(process.cwd(), file), run: value as Action });
      }
    }
  }
  return actions;
}

/** A digest of every row of every table: equal before and after means nothing was written. */
/**
 * A digest of every table's row count and newest row version (xmin): any committed
 * insert, update or delete changes it, so equal before and after means nothing was written.
 */
async function fingerprintQuery() {
  const tables = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const parts = tables.map(
    ({ tablename }) =>
      `select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as h from "${tablename}"`,
  );
  const query = sql.raw(
    `select string_agg(h, ',') as digest from (${parts.join(" union all ")}) x`,
  );
  return async () => (await db.execute<{ digest: string }>(query))[0]!.digest;
}

const preview = (value: unknown) => {
  if (value instanceof FormData) return `FormData(${[...value.keys()].join(",")})`;
  try {
    const text = JSON.stringify(value, (_, v: unknown) =>
      typeof v === "string" && v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v,
    );
    return (text ?? String(value)).slice(0, 300);
  } catch {
    return "(nested too deep to show)";
  }
};

const isTypedResult = (r: unknown) => {
  const result = r as { ok?: unknown; error?: unknown; message?: unknown } | null;
  if (!result || typeof result !== "object") return false;
  if (result.ok === true) return "data" in result;
  return (
    result.ok === false &&
    ERROR_CODES.includes(String(result.error)) &&
    typeof result.message === "string"
  );
};

let world: FuzzWorld;
let actions: Map<string, { module: string; run: Action }>;

beforeAll(async () => {
  await truncateAll();
  world = await buildFuzzWorld();
  actions = await serverActions();
});

describe("server actions under malformed input", () => {
  test("every server action has a fuzz payload (db/testing/fuzz-payloads.ts)", () => {
    const missing = [...actions].filter(([name]) => !FUZZ_PAYLOADS[name]);
    expect(missing.map(([name, { module }]) => `${module}: ${name}`)).toEqual([]);
    const stale = Object.keys(FUZZ_PAYLOADS).filter((name) => !actions.has(name));
    expect(stale).toEqual([]);
    expect(actions.size).toBeGreaterThan(40);
  });

  test("no call throws, refused calls write nothing, unstorable text is refused", async () => {
    const fingerprint = await fingerprintQuery();
    // The digest sees an update of an existing row (not only inserts and deletes).
    const unchanged = await fingerprint();
    await db
      .update(users)
      .set({ name: sql`${users.name}` })
      .where(eq(users.id, world.users.admin.id));
    expect(await fingerprint()).not.toBe(unchanged);
    const { reference } = world;
    // Real ids of other records and of the wrong kind: a reference of another kind,
    // another manager's account, a user where an account is expected.
    const foreignIds = [
      world.foreign.id,
      world.late.id,
      world.users.executive.id,
      world.users.other.id,
      world.request.id,
      world.scopeItem.id,
      world.step.id,
      reference.area.id,
      reference.industry.id,
      reference.source.id,
    ];
    const failures: string[] = [];
    let calls = 0;
    let before = await fingerprint();
    for (const [name, { run }] of [...actions].sort(byDamage)) {
      const entry = FUZZ_PAYLOADS[name];
      if (!entry) continue; // reported by the test above
      // Versions and session versions as the calls so far left them.
      const now = await loadFuzzWorld(world.seeds);
      const base = entry.base(now);
      const main = entry.as === "anyone" ? "owner" : entry.as;
      for (const role of ROLES) {
        const user = role === "nobody" ? null : now.users[role];
        signInAs(user?.id ?? null, user?.sessionVersion);
        const seed = SEED + hash(`${name}:${role}`);
        const payloads = malformed(base, foreignIds, role === main ? MAIN_RUNS : SIDE_RUNS, seed);
        if (role === main) {
          // The valid payload first: the malformed ones are only as deep as it goes.
          const valid = (await run(base)) as { error?: string };
          if (valid.error === "validation") {
            failures.push(`${name}: the fuzz payload itself is invalid: ${preview(valid)}`);
          }
          before = await fingerprint();
          payloads.push(...NOT_AN_OBJECT());
        }
        for (const payload of payloads) {
          calls++;
          const where = `${name} as ${role} with ${preview(payload)}`;
          let result: unknown;
          try {
            result = await run(payload);
          } catch (error) {
            failures.push(`${where}: threw ${String(error).slice(0, 200)}`);
            before = await fingerprint();
            continue;
          }
          if (!isTypedResult(result)) failures.push(`${where}: untyped result ${preview(result)}`);
          const ok = (result as { ok?: boolean }).ok === true;
          if (ok && hasUnstorableText(payload)) failures.push(`${where}: accepted unstorable text`);
          const after = await fingerprint();
          if (!ok && after !== before) failures.push(`${where}: refused but wrote`);
          before = after;
        }
      }
    }
    signInAs(null);
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(1200);
  }, 600_000);
});
