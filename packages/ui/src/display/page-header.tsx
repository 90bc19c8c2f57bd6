import { Flex, Grid, Space, Typography } from "antd";
import type { ReactNode } from "react";

export type PageHeaderProps = {
  /** The page title (an h3; h4 on phones). */
  title: ReactNode;
  /** One secondary line under the title. */
  subtitle?: ReactNode;
  /** Actions (buttons) on the right; they wrap under the title on phones. */
  extra?: ReactNode;
};

/** Page title row: title (+ subtitle) on the left, actions on the right; wraps under each other on phones. */
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  const screens = Grid.useBreakpoint();
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={screens.md === false ? 4 : 3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <Space wrap>{extra}</Space>}
    </Flex>
  );
}
