import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

/*
 * Client components read only the message namespaces a `ClientMessages` above them
 * hands down (plus "common" and "stages"); any other `useTranslations(ns)` renders
 * MISSING_MESSAGE in the browser while the server render looks fine. This follows
 * each page's and layout's imports to the client components it renders and checks
 * that their namespaces are among those handed down on its way from the root layout.
 * Lenient by design: the namespaces of every `ClientMessages` on the way count,
 * though a nested one replaces its parent's.
 */

const ROOT = path.resolve(__dirname, "../..");
const SHARED = ["common", "stages"];

const source = (file: string) => readFileSync(file, "utf8");

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ext;
    if (existsSync(file) && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

const importsOf = (file: string) =>
  [...source(file).matchAll(/^(?!import type)[^\n]*?(?:from\s+|import\s*\(\s*)"([^"]+)"/gm)]
    .map((m) => resolveImport(file, m[1]!))
    .filter((f): f is string => f !== null);

const isClient = (file: string) => /^\s*["']use client["']/.test(source(file));

/** The namespaces `useTranslations` asks for in a file (the first segment of each). */
const usedNamespaces = (file: string) =>
  [...source(file).matchAll(/useTranslations\(\s*"([^".]+)/g)].map((m) => m[1]!);

/** The namespaces a file's own `<ClientMessages namespaces={[…]}>` hand down. */
const handedDown = (file: string) =>
  [...source(file).matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]/g)].flatMap((m) =>
    [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!),
  );

/** Client namespaces used by what `entry` renders: its imports, followed into client files. */
function clientNamespaces(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inClient = client || isClient(file);
    if (inClient) for (const ns of usedNamespaces(file)) if (!found.has(ns)) found.set(ns, file);
    for (const next of importsOf(file)) {
      // Layouts and pages are entries of their own; server-only code renders nothing.
      if (/[/\\](layout|page)\.tsx$/.test(next) || next.includes(`${path.sep}db${path.sep}`)) {
        continue;
      }
      visit(next, inClient);
    }
  };
  visit(entry, false);
  return found;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return routeFiles(full);
    return /^(page|layout)\.tsx$/.test(d.name) ? [full] : [];
  });
}

/**
 * Namespaces handed down to `file`: its own, and those of the nearest layout above it
 * that hands any down (a nested provider replaces its parent's messages).
 */
function available(file: string): Set<string> {
  const names = new Set([...SHARED, ...handedDown(file)]);
  for (let dir = path.dirname(file); dir.startsWith(path.join(ROOT, "app"));) {
    const layout = path.join(dir, "layout.tsx");
    const own = existsSync(layout) && layout !== file ? handedDown(layout) : [];
    if (own.length > 0) return new Set([...names, ...own]);
    dir = path.dirname(dir);
  }
  return names;
}

describe("client components get the message namespaces they use", () => {
  const routes = routeFiles(path.join(ROOT, "app"));

  test("the check reaches client components (the account list's rows among them)", () => {
    const list = path.join(ROOT, "app/(app)/accounts/(list)/page.tsx");
    expect([...clientNamespaces(list).keys()]).toEqual(expect.arrayContaining(["accounts"]));
  });

  test.each(routes.map((r) => [path.relative(ROOT, r), r]))("%s", (_name, route) => {
    const have = available(route);
    const missing = [...clientNamespaces(route)]
      .filter(([ns]) => !have.has(ns))
      .map(([ns, file]) => `${ns} (used in ${path.relative(ROOT, file)})`);
    expect(missing).toEqual([]);
  });
});
