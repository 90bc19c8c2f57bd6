import type { UserConfig } from "vite";
import type { ViteUserConfig } from "vitest/config";
export declare function hallViteConfig(opts: { base: string; port: number; gateway?: string }): UserConfig;
/** The shared component-test setup file (DOM fallbacks, cleanup, unstubbed fetch between tests). */
export declare const testSetupFile: string;
/** vitest options for React component tests: happy-dom and the shared setup file. */
export declare function componentTestConfig(): NonNullable<ViteUserConfig["test"]>;
