import { defineConfig } from "vitest/config";

/**
 * Shared vitest preset: node environment, generous timeouts (PGlite takes seconds to open).
 * Plain JS so vitest can load it from node_modules without a TypeScript loader.
 *
 * With `databases: true` the suite runs as two projects: "pglite" (always) and "postgres" (when
 * TEST_DATABASE_URL is set, as CI does), so integration tests prove both databases in one run.
 * @param {import("vitest/config").ViteUserConfig["test"]} [overrides]
 * @param {{ databases?: boolean }} [opts]
 */
export function vitestPreset(overrides = {}, opts = {}) {
  const base = {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    ...overrides,
  };
  if (!opts.databases) return defineConfig({ test: base });
  const projects = [{ extends: true, test: { name: "pglite", env: { HALL_TEST_DB: "pglite" } } }];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ extends: true, test: { name: "postgres", env: { HALL_TEST_DB: "postgres" } } });
  }
  return defineConfig({ test: { ...base, projects } });
}
