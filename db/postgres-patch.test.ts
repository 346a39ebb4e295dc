import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "vitest";

/**
 * postgres.js 3.4.9 crashes the process, or leaves a connection that never connects
 * again, when a transaction's connection dies (porsager/postgres#1154, #1208, #1216);
 * patches/postgres+3.4.9.patch fixes it and `npm install` applies it (postinstall). The
 * same patch resets the row count when a query ends in an error, which a cursor cancelled
 * mid-batch otherwise left to the connection's next query (as empty leading rows).
 */
test("the installed postgres.js carries the outage patch (run npm install if not)", () => {
  // The CommonJS entry (cjs/src/index.js) is resolvable; the package root is two up.
  const root = path.resolve(
    path.dirname(createRequire(import.meta.url).resolve("postgres")),
    "../..",
  );
  for (const build of ["src", "cjs/src"]) {
    const connection = readFileSync(path.join(root, build, "connection.js"), "utf8");
    const index = readFileSync(path.join(root, build, "index.js"), "utf8");
    expect(connection, `${build}/connection.js`).toContain(
      "return (queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true)",
    );
    expect(index, `${build}/index.js`).toContain("closedError");
    // A cursor cancelled mid-batch (db/request-signal.int.test.ts) must not leave its
    // row count to the connection's next query.
    expect(connection, `${build}/connection.js`).toContain(
      "result = new Result()\n    // A cursor cancelled or failed mid-batch",
    );
  }
});
