import type { UserConfig } from "vite";
export declare function hallViteConfig(opts: { base: string; port: number; gateway?: string }): UserConfig;
