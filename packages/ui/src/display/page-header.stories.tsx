import { PlusOutlined } from "@ant-design/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "antd";
import type { Usage } from "../docs/usage.ts";
import { PageHeader } from "./page-header.tsx";

const meta = {
  title: "Display/PageHeader",
  component: PageHeader,
  parameters: {
    usage: {
      use: {
        zh: ["页面标题行：标题、副标题和右侧操作按钮，在手机上自动换行。"],
        en: ["A page's title row: title, subtitle and actions on the right; wraps on phones."],
      },
      avoid: {
        zh: ["不用于卡片或弹窗内部的小标题（用 antd Typography.Title 或 Card title）。"],
        en: ["Not for headings inside cards or dialogs (use antd Typography.Title or the Card title)."],
      },
    } satisfies Usage,
  },
  args: { title: "窗口管理" },
} satisfies Meta<typeof PageHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TitleOnly: Story = {};

export const WithSubtitleAndActions: Story = {
  args: {
    title: "月度绩效",
    subtitle: "2025 年 5 月 · 业务办理量 30 · 群众满意度 30 · 工作纪律 20 · 服务规范 20",
    extra: [
      <Button key="export">导出通报</Button>,
      <Button key="new" type="primary" icon={<PlusOutlined />}>
        新建巡查
      </Button>,
    ],
  },
};

export const English: Story = {
  args: {
    title: "Monthly performance",
    subtitle: "May 2025 · volume 30 · satisfaction 30 · discipline 20 · standards 20",
    extra: <Button type="primary">Export bulletin</Button>,
  },
  globals: { locale: "en-US" },
};

export const Phone: Story = {
  args: WithSubtitleAndActions.args,
  globals: { viewport: { value: "phone390", isRotated: false } },
};
