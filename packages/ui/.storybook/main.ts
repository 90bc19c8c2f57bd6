import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";

const config: StorybookConfig = {
  // Foundations (MDX) first, then the components; every component gets an autodocs page (tags in preview.tsx).
  stories: ["../src/**/*.mdx", "../src/**/*.stories.tsx"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  // Props tables come from the components' TypeScript types and JSDoc.
  typescript: { reactDocgen: "react-docgen-typescript" },
  core: { disableTelemetry: true },
  // Output stays relative (Vite base "./"), so the build works when served under /storybook/.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      build: {
        chunkSizeWarningLimit: 2048,
        rolldownOptions: {
          // antd's "use client" directives are irrelevant in a client bundle.
          onwarn(warning: { code?: string }, warn: (w: typeof warning) => void) {
            if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
          },
        },
      },
    }),
};

export default config;
