import { mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

// The shared Vite config already selects happy-dom; add the DOM polyfills and per-test cleanup.
export default mergeConfig(viteConfig, { test: { setupFiles: ["./src/test/setup.ts"] } });
