import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * Shared Vite config of the micro-frontends. Plain JS so Vite can load it from node_modules.
 * Each app is served by the gateway under `base`; `pnpm dev` in an app proxies /api to the gateway.
 * @param {{ base: string; port: number; gateway?: string }} opts
 */
export function hallViteConfig({ base, port, gateway = "http://localhost:3000" }) {
  return defineConfig({
    base,
    plugins: [react()],
    server: { port, strictPort: true, proxy: { "/api": { target: gateway, changeOrigin: false } } },
    preview: { port },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          // React and the data layer in stable vendor chunks (cacheable across deploys); antd is left to
          // the bundler so each lazy route only pulls the components it uses.
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
              { name: "query", test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
            ],
          },
        },
      },
    },
    test: componentTestConfig(),
  });
}

/** The shared component-test setup file (DOM fallbacks, cleanup, unstubbed fetch between tests). */
export const testSetupFile = fileURLToPath(new URL("./test-setup.js", import.meta.url));

/**
 * vitest options for React component tests (happy-dom + the shared setup): the apps get them from
 * `hallViteConfig`, a package of components passes them to its own vitest config.
 */
export function componentTestConfig() {
  return {
    environment: "happy-dom",
    include: ["src/**/*.test.tsx", "src/**/*.test.ts"],
    setupFiles: [testSetupFile],
    testTimeout: 30_000,
  };
}
