import { defineConfig } from "vitest/config";

// The client's own logic (retry policy); the components that use it are tested in the apps.
export default defineConfig({ test: { environment: "node", include: ["src/**/*.test.ts"] } });
