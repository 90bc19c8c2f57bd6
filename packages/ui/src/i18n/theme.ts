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
