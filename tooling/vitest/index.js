import { defineConfig } from "vitest/config";

/**
 * Shared vitest preset: node environment, generous timeouts (PGlite takes seconds to open).
 * Plain JS so vitest can load it from node_modules without a TypeScript loader.
 * @param {import("vitest/config").ViteUserConfig["test"]} [overrides]
 */
export function vitestPreset(overrides = {}) {
  return defineConfig({
    test: {
      environment: "node",
      testTimeout: 60_000,
      hookTimeout: 120_000,
      include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
      ...overrides,
    },
  });
}
