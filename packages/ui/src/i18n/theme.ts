import type { ThemeConfig } from "antd";

/** 政务蓝 */
export const HALL_BLUE = "#1f5fbf";

/** Government-style antd theme: 政务蓝 primary, square-ish corners, a blue header bar. */
export const hallTheme: ThemeConfig = {
  token: {
    colorPrimary: HALL_BLUE,
    colorInfo: HALL_BLUE,
    colorLink: HALL_BLUE,
    borderRadius: 4,
    // WCAG AA (4.5:1) for text: antd's defaults fail it on white and on the page background (#f3f5f9) — secondary
    // text 3.3:1, error text 3.3:1, success 2.3:1 (found by the a11y check of the stories).
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    colorSuccess: "#237804",
    colorError: "#cf1322",
    colorWarning: "#ad6800",
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: {
      headerBg: HALL_BLUE,
      headerColor: "#fff",
      headerHeight: 56,
      headerPadding: "0 16px",
      bodyBg: "#f3f5f9",
    },
    Menu: {
      darkItemBg: HALL_BLUE,
      darkPopupBg: HALL_BLUE,
      darkItemColor: "rgba(255, 255, 255, 0.85)",
      darkItemHoverBg: "rgba(255, 255, 255, 0.12)",
      darkItemSelectedBg: "#164a96",
    },
  },
};
