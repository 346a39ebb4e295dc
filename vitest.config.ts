import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  "server-only": fileURLToPath(new URL("./db/testing/server-only-stub.ts", import.meta.url)),
};
const roots = ["lib", "db", "app", "components"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: roots.map((r) => `${r}/**/*.test.{ts,tsx}`),
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: roots.map((r) => `${r}/**/*.int.test.ts`),
          globalSetup: ["db/testing/global-setup.ts"],
          setupFiles: ["db/testing/setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
