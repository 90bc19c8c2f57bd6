import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button, Card, Typography } from "antd";
import { fn } from "storybook/test";
import { PageHeader } from "../display/page-header.tsx";
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
  parameters: { layout: "fullscreen" },
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
