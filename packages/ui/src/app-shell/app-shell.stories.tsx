import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button, Card, Typography } from "antd";
import { fn } from "storybook/test";
import { PageHeader } from "../display/page-header.tsx";
import type { Usage } from "../docs/usage.ts";
import { useT } from "../i18n/i18n-provider.tsx";
import { AppShell } from "./app-shell.tsx";
import { defaultApps } from "./apps.ts";

function SampleContent() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t("app.training")}
        subtitle="2025 年第二季度"
        extra={<Button type="primary">{t("common.create")}</Button>}
      />
      <Card>
        <Typography.Paragraph>
          政务服务大厅“五学联动”培训计划：晨学、研学、实践学、比武学、轮训学。
        </Typography.Paragraph>
      </Card>
    </>
  );
}

const meta = {
  title: "Shell/AppShell",
  component: AppShell,
  parameters: {
    usage: {
      use: {
        zh: ["每个应用页面的最外层框架：标题、应用切换、语言切换和当前用户。", "在应用的根路由中使用一次。"],
        en: [
          "The outer frame of every app page: title, app switcher, language switch and the signed-in user.",
          "Use it once, at the app's root route.",
        ],
      },
      avoid: {
        zh: ["不要嵌套使用，也不要在弹窗或叫号屏里使用（叫号屏是全屏的，无框架）。", "页面内的标题行请用 PageHeader。"],
        en: [
          "Don't nest it, and don't use it in dialogs or on the calling display (a full-screen page without frame).",
          "For a page's own title row use PageHeader.",
        ],
      },
    } satisfies Usage,
    layout: "fullscreen",
  },
  args: {
    current: "training",
    apps: defaultApps(),
    user: { name: "张三", roleLabels: ["窗口工作人员", "小组长"] },
    onLogout: fn(),
    children: <SampleContent />,
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {};

export const SignedInEnglish: Story = {
  args: { user: { name: "Zhang San", roleLabels: ["Window staff", "Group leader"] } },
  globals: { locale: "en-US" },
};

export const SignedOut: Story = { args: { current: "portal", user: null } };

export const CitizenAppsOnly: Story = {
  args: {
    current: "appointments",
    apps: defaultApps().filter((app) => app.key === "portal" || app.key === "appointments"),
    user: { name: "李四", roleLabels: ["办事群众"] },
  },
};

export const Phone: Story = {
  args: { current: "appointments" },
  globals: { viewport: { value: "phone390", isRotated: false } },
};

export const PhoneEnglish: Story = {
  args: { current: "appointments", user: { name: "Li Si", roleLabels: ["Citizen"] } },
  globals: { locale: "en-US", viewport: { value: "phone390", isRotated: false } },
};
