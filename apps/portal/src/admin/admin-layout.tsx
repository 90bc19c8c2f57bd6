import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  DesktopOutlined,
  FileTextOutlined,
  IdcardOutlined,
  MenuOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useTRPC } from "@hall/api-client";
import { ErrorAlert, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Button, Drawer, Empty, Flex, Grid, Layout, Menu, type MenuProps, Select, Spin, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { useCurrentUser } from "../me-context.ts";
import { HallContext } from "./hall-context.ts";
import { ADMIN_SECTIONS, type AdminSection } from "./sections.ts";

const ICONS: Record<AdminSection, ReactNode> = {
  hall: <BankOutlined />,
  org: <ApartmentOutlined />,
  zones: <AppstoreOutlined />,
  windows: <DesktopOutlined />,
  staff: <IdcardOutlined />,
  groups: <TeamOutlined />,
  items: <FileTextOutlined />,
  calendar: <CalendarOutlined />,
  users: <UserOutlined />,
  audit: <AuditOutlined />,
};

const HALL_STORAGE_KEY = "hall.portal.adminHall";

function storedHallId(): number | null {
  try {
    const value = Number(window.localStorage.getItem(HALL_STORAGE_KEY));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** `/admin/*`: section menu (a drawer on phones), the hall selector and the current section. */
export function AdminLayout() {
  const t = useT();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [picked, setPicked] = useState<number | null>(storedHallId);
  const halls = useQuery(trpc.halls.list.queryOptions());

  const section = ADMIN_SECTIONS.find((s) => location.pathname.startsWith(`/admin/${s}`)) ?? "hall";
  const list = halls.data ?? [];
  const hall = list.find((h) => h.id === picked) ?? list.find((h) => h.id === me?.hallId) ?? list[0] ?? null;

  const items: MenuProps["items"] = ADMIN_SECTIONS.map((key) => ({
    key,
    icon: ICONS[key],
    label: (
      <Link to={`/admin/${key}`} onClick={() => setDrawerOpen(false)}>
        {t(`portal.admin.menu.${key}`)}
      </Link>
    ),
  }));
  const menu = (
    <Menu
      mode="inline"
      aria-label={t("portal.admin.title")}
      selectedKeys={[section]}
      items={items}
      style={{ borderInlineEnd: "none" }}
    />
  );

  const pickHall = (id: number) => {
    setPicked(id);
    try {
      window.localStorage.setItem(HALL_STORAGE_KEY, String(id));
    } catch {
      // the choice just will not survive a reload
    }
  };
  const hallSelector =
    list.length > 1 && hall ? (
      <Select
        aria-label={t("portal.admin.hallSelector")}
        value={hall.id}
        onChange={pickHall}
        options={list.map((h) => ({ value: h.id, label: `${h.name}（${h.orgUnitName}）` }))}
        style={{ minWidth: phone ? "100%" : 260 }}
        popupMatchSelectWidth={false}
      />
    ) : null;

  let body: ReactNode;
  if (halls.isLoading) body = <Spin size="large" style={{ display: "block", margin: "80px auto" }} />;
  else if (halls.error) body = <ErrorAlert error={halls.error} />;
  else if (!hall) body = <Empty description={t("portal.admin.noHall")} style={{ marginTop: 80 }} />;
  else
    body = (
      <HallContext value={hall}>
        <Outlet />
      </HallContext>
    );

  const toolbar = (
    <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
      <Flex align="center" gap={8}>
        {phone && (
          <Button icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} aria-label={t("portal.admin.openMenu")}>
            {t(`portal.admin.menu.${section}`)}
          </Button>
        )}
        {hall && !hallSelector && (
          <Typography.Text type="secondary">
            <BankOutlined /> {hall.name}
          </Typography.Text>
        )}
      </Flex>
      {hallSelector}
    </Flex>
  );

  if (phone) {
    return (
      <>
        {toolbar}
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={260}
          title={t("portal.admin.title")}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
        {body}
      </>
    );
  }

  return (
    <Layout style={{ background: "transparent", gap: 16 }}>
      <Layout.Sider
        theme="light"
        width={200}
        breakpoint="lg"
        collapsed={collapsed}
        onBreakpoint={setCollapsed}
        collapsedWidth={64}
        style={{ background: "#fff", borderRadius: 4, alignSelf: "flex-start", position: "sticky", top: 80 }}
      >
        {!collapsed && (
          <Typography.Text strong style={{ display: "block", padding: "14px 24px 4px", whiteSpace: "nowrap" }}>
            {t("portal.admin.title")}
          </Typography.Text>
        )}
        {menu}
      </Layout.Sider>
      <Layout.Content style={{ minWidth: 0 }}>
        {toolbar}
        {body}
      </Layout.Content>
    </Layout>
  );
}
