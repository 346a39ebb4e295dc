import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.dirname(new URL(import.meta.url).pathname);
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

test("components render: none imports the database client (reads go through db/queries)", () => {
  const offenders = files.filter((f) =>
    /from\s+["']@\/db["']/.test(readFileSync(path.join(root, f), "utf8")),
  );
  expect(files.length).toBeGreaterThan(50);
  expect(offenders).toEqual([]);
});
