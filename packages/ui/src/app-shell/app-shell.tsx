import { BankOutlined, DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import {
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Flex,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Typography,
} from "antd";
import { type ReactNode, useState } from "react";
import type { Locale } from "../i18n/catalog.ts";
import { useLocale, useT } from "../i18n/i18n-provider.tsx";
import type { AppKey, AppLink } from "./apps.ts";

export type ShellUser = { name: string; roleLabels: string[] };

export type AppShellProps = {
  current: AppKey;
  /** Apps the user may open (the portal decides by role); see `defaultApps()`. */
  apps: AppLink[];
  user: ShellUser | null;
  onLogout?: () => void;
  /** Extra header content (e.g. a notification bell), left of the language switch. */
  extra?: ReactNode;
  children?: ReactNode;
};

const white = { color: "#fff" } as const;

function LanguageSwitch({ compact }: { compact: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t("shell.language")}
      value={locale}
      onChange={setLocale}
      options={[
        { value: "zh-CN", label: compact ? "中" : "中文", title: "中文" },
        { value: "en-US", label: compact ? "EN" : "English", title: "English" },
      ]}
    />
  );
}

function UserMenu({ user, compact, onLogout }: { user: ShellUser; compact: boolean; onLogout?: () => void }) {
  const t = useT();
  const items: MenuProps["items"] = [
    {
      key: "who",
      disabled: true,
      label: (
        <div style={{ color: "rgba(0,0,0,0.88)" }}>
          <div>{t("shell.signedInAs", { name: user.name })}</div>
          {user.roleLabels.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {user.roleLabels.join(" · ")}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { type: "divider" },
    { key: "logout", icon: <LogoutOutlined />, label: t("shell.logout"), danger: true },
  ];
  return (
    <Dropdown
      trigger={["click"]}
      placement="bottomRight"
      menu={{ items, onClick: ({ key }) => key === "logout" && onLogout?.() }}
    >
      <Button type="text" aria-label={t("shell.userMenu")} style={{ ...white, paddingInline: 4 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: "rgba(255,255,255,0.25)" }} />
        {!compact && <span>{user.name}</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}

/** Platform frame shared by all apps: header (title, app switcher, language, user) and a padded content area. */
export function AppShell({ current, apps, user, onLogout, extra, children }: AppShellProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const compact = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const home = apps.find((app) => app.key === "portal")?.href ?? "/";

  const menuItems: MenuProps["items"] = apps.map(({ key, href }) => ({
    key,
    label: (
      <a href={href} aria-current={key === current ? "page" : undefined}>
        {t(`app.${key}`)}
      </a>
    ),
  }));

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          position: "sticky",
          top: 0,
          zIndex: 100,
          display: "flex",
          alignItems: "center",
          gap: compact ? 8 : 16,
          paddingInline: compact ? 8 : 24,
        }}
      >
        {compact && apps.length > 0 && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t("shell.menu")}
            onClick={() => setDrawerOpen(true)}
            style={white}
          />
        )}
        <a
          href={home}
          style={{ ...white, display: "flex", alignItems: "center", gap: 8, minWidth: 0, flexShrink: compact ? 1 : 0 }}
        >
          <BankOutlined style={{ fontSize: 22 }} />
          <Typography.Text
            strong
            ellipsis
            style={{ ...white, minWidth: 0, fontSize: compact ? 15 : 17 }}
            title={t("platform.title")}
          >
            {screens.xl === false ? t("platform.shortTitle") : t("platform.title")}
          </Typography.Text>
        </a>
        {compact ? (
          <div style={{ flex: 1 }} />
        ) : (
          <Menu
            theme="dark"
            mode="horizontal"
            aria-label={t("shell.apps")}
            selectedKeys={[current]}
            items={menuItems}
            style={{ flex: 1, minWidth: 0, background: "transparent", borderBottom: "none" }}
          />
        )}
        <Flex align="center" gap={compact ? 4 : 12} style={{ flexShrink: 0 }}>
          {extra}
          <LanguageSwitch compact={compact} />
          {user ? (
            <UserMenu user={user} compact={compact} onLogout={onLogout} />
          ) : (
            <Button type="text" href={home} style={white}>
              {t("shell.login")}
            </Button>
          )}
        </Flex>
      </Layout.Header>
      <Drawer
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        placement="left"
        size={280}
        title={t("platform.title")}
        styles={{ body: { padding: 0 } }}
      >
        <Menu
          mode="inline"
          aria-label={t("shell.apps")}
          selectedKeys={[current]}
          items={menuItems}
          style={{ borderInlineEnd: "none" }}
        />
      </Drawer>
      <Layout.Content style={{ padding: compact ? 12 : 24, width: "100%", maxWidth: 1440, marginInline: "auto" }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
