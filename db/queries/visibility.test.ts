import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

/**
 * Every query under db/queries that reads accounts or their records (any table with
 * an `account_id`) applies the visibility rule of `./visibility.ts`, directly or
 * through a helper of the same file that does. A new query that forgets it fails here.
 */

const dir = path.dirname(new URL(import.meta.url).pathname);

/** The shapes of the rule; a helper that uses one applies it on its callers' behalf. */
const SCOPING = new Set([
  "visibleAccounts",
  "visibleAccountSet",
  "visibleByOwnerCopy",
  "visibleServiceRequests",
  "visibleByAccount",
]);

/** What runs a query: the clients, the dashboards' runner, a transaction's methods. */
const RUNS = new Set(["db", "analyticsDb", "analytic", "select", "execute", "query"]);

/**
 * Reads that are not the caller's to scope, each with its reason. `file:function`.
 * Keep this short: a query a page or a user's request reaches belongs scoped.
 */
const UNSCOPED: Record<string, string> = {
  "accounts.ts:lockAccountForPolicy":
    "reads owner and team as the policy's input, inside an action",
  "accounts.ts:accountTeamIds": "team rows of accounts an action has already authorized",
  "gate-facts.ts:loadGateFacts": "gate facts of an account the caller has already read or locked",
  "gate-facts.ts:readGateFacts":
    "the same, for a page that has read the account through a scoped query",
  "gate-facts-initiation.ts:evaluationFacts": "part of loadGateFacts",
  "gate-facts-initiation.ts:requirementsFacts": "part of loadGateFacts",
  "gate-facts-planning.ts:scopeFacts": "part of loadGateFacts",
  "gate-facts-planning.ts:scheduleFacts": "part of loadGateFacts",
  "gate-facts-planning.ts:costPlanFacts": "part of loadGateFacts",
  "evaluations.ts:listScorecardTemplates": "a count of evaluations per template, no account data",
  "service-rules.ts:firedStepIds": "fired steps of a request an action has already authorized",
  "imports.ts:reportRows":
    "staged rows of one import the caller may use (getImport: its uploader, directors, admins)",
  "imports.ts:errorRowBatches": "the same, for the error report",
  "surveys.ts:findPublicSurvey":
    "the public survey page: the holder of a link's token sees that link's company name only",
  "account-forecasts.ts:accountOfForecast":
    "a lateral subquery, not a query: the P50 page that joins it applies the list's visibility",
  "dashboards-schedule.ts:customStepLabels":
    "labels of step keys found by the scoped schedule query",
};

/**
 * Child tables without an `account_id` of their own that hang off one that has it:
 * reading them reads an account's records too.
 */
const GRANDCHILD_KEYS = new Set(["order_id"]);

/** Schema exports that are accounts or hang off one (an `account_id` column, or a key above). */
const accountTables = new Set(
  Object.entries(schema)
    .filter(([, value]) => is(value, PgTable))
    .filter(([, table]) => {
      const t = table as PgTable;
      return (
        getTableName(t) === "accounts" ||
        Object.values(getTableColumns(t)).some(
          (c) => c.name === "account_id" || GRANDCHILD_KEYS.has(c.name),
        )
      );
    })
    .map(([name]) => name),
);

type Decl = { name: string; ids: Set<string> };

/** A file's own top-level names and the names it imports from other query modules. */
type Known = Set<string>;

/** Top-level functions (declarations and `const x = (…) =>`) with the identifiers they use. */
function declarationsOf(file: string) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const localNames = new Map<string, string>(); // local identifier → schema export name
  const known: Known = new Set(); // names that can refer to another query helper
  const aliases = new Map<string, string>(); // `import { a as b }`: b → a
  const decls: Decl[] = [];
  const idsOf = (node: ts.Node) => {
    const ids = new Set<string>();
    const walk = (n: ts.Node) => {
      if (ts.isIdentifier(n)) ids.add(n.text);
      n.forEachChild(walk);
    };
    walk(node);
    return ids;
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      const named = statement.importClause?.namedBindings;
      if (from.startsWith("@/db/schema") && named && ts.isNamedImports(named)) {
        for (const el of named.elements)
          localNames.set(el.name.text, (el.propertyName ?? el.name).text);
      } else if (
        (from.startsWith("./") || from.startsWith("@/db/queries/")) &&
        named &&
        ts.isNamedImports(named)
      ) {
        for (const el of named.elements) {
          known.add(el.name.text);
          if (el.propertyName) aliases.set(el.name.text, el.propertyName.text);
        }
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      decls.push({ name: statement.name.text, ids: idsOf(statement) });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer)
          decls.push({ name: d.name.text, ids: idsOf(d.initializer) });
      }
    }
  }
  for (const d of decls) known.add(d.name);
  // A helper's reach is followed through names it can mean: the file's own top-level
  // functions and those it imports from other query modules. A local variable that
  // happens to share a name with another file's helper (`hours`, `pending`) is not one.
  const resolved = decls.map((d) => ({
    name: d.name,
    ids: d.ids,
    refs: new Set([...d.ids].filter((id) => known.has(id)).map((id) => aliases.get(id) ?? id)),
  }));
  return { decls: resolved, localNames };
}

const queryFiles = readdirSync(dir).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "visibility.ts",
);

/**
 * Names (across db/queries: helpers are shared between its files) that satisfy
 * `holds`, directly or by using another such name, to a fixed point.
 */
function closure<D extends Decl & { refs: Set<string> }>(decls: D[], holds: (d: D) => boolean) {
  const names = new Set(decls.filter(holds).map((d) => d.name));
  for (let changed = true; changed;) {
    changed = false;
    for (const d of decls) {
      if (!names.has(d.name) && [...d.refs].some((id) => id !== d.name && names.has(id))) {
        names.add(d.name);
        changed = true;
      }
    }
  }
  return names;
}

const files = queryFiles.map((file) => ({ file, ...declarationsOf(path.join(dir, file)) }));
const allDecls = files.flatMap((f) => f.decls);
const scoped = closure(allDecls, (d) => [...d.ids].some((id) => SCOPING.has(id)));
const touches = closure(
  files.flatMap((f) =>
    f.decls.map((d) => ({
      ...d,
      reads: [...d.ids].some((id) => accountTables.has(f.localNames.get(id) ?? "")),
    })),
  ),
  (d) => (d as Decl & { reads: boolean }).reads,
);

describe("account visibility in db/queries", () => {
  it("finds the account tables in the schema", () => {
    expect(accountTables).toContain("accounts");
    expect(accountTables).toContain("stageTransitions");
    expect(accountTables).toContain("stakeholders");
    expect(accountTables).toContain("orders");
    expect(accountTables).toContain("orderLines");
  });

  it.each(files)(
    "$file applies ./visibility wherever it reads accounts or their records",
    ({ file, decls }) => {
      const unscoped = decls
        .filter((d) => touches.has(d.name) && [...d.ids].some((id) => RUNS.has(id)))
        .filter((d) => !scoped.has(d.name) && !(`${file}:${d.name}` in UNSCOPED))
        .map((d) => d.name);
      expect(unscoped).toEqual([]);
    },
  );
});
