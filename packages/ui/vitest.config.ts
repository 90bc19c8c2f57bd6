import { vitestPreset } from "@hall/vitest-config";

export default vitestPreset({
  environment: "happy-dom",
  include: ["src/**/*.test.tsx"],
  setupFiles: ["./src/test-setup.ts"],
  testTimeout: 30_000,
});
