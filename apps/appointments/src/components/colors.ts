import { HALL_BLUE } from "@hall/ui";

/**
 * The few colours of the first-load pages (/book), as constants: `theme.useToken()` would pull antd's theme
 * algorithms into the first load. The values are hallTheme's / antd's defaults.
 */
export const colors = {
  primary: HALL_BLUE,
  text: "rgba(0,0,0,0.88)",
  textSecondary: "rgba(0,0,0,0.65)",
  textTertiary: "rgba(0,0,0,0.45)",
  textQuaternary: "rgba(0,0,0,0.25)",
  border: "#d9d9d9",
  borderSecondary: "#f0f0f0",
  split: "rgba(5,5,5,0.06)",
  bg: "#ffffff",
  pageBg: "#f3f5f9",
} as const;
