import type { Preview } from "@storybook/react-vite";
import { MINIMAL_VIEWPORTS } from "storybook/viewport";
import { isLocale } from "../src/i18n/catalog.ts";
import { I18nProvider } from "../src/i18n/i18n-provider.tsx";

const preview: Preview = {
  globalTypes: {
    locale: {
      description: "UI language",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "zh-CN", title: "中文 (zh-CN)" },
          { value: "en-US", title: "English (en-US)" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "zh-CN" },
  decorators: [
    (Story, { globals }) => (
      <I18nProvider locale={isLocale(globals.locale) ? globals.locale : "zh-CN"}>
        <Story />
      </I18nProvider>
    ),
  ],
  parameters: {
    viewport: {
      options: {
        phone390: { name: "Phone 390 × 844", styles: { width: "390px", height: "844px" }, type: "mobile" },
        ...MINIMAL_VIEWPORTS,
      },
    },
    controls: { matchers: { date: /Date$/i } },
  },
};

export default preview;
