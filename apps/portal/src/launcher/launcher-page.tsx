import {
  BarChartOutlined,
  CalendarOutlined,
  ReadOutlined,
  RightOutlined,
  SettingOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { appsForRoles, type Role } from "@hall/domain";
import { MaskedId, RoleTags, useT } from "@hall/ui";
import { Card, Col, Flex, Row, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useCurrentUser } from "../me-context.ts";

type Tile = { key: string; title: string; description: string; icon: ReactNode; href: string; internal?: boolean };

const APP_ICONS: Record<string, ReactNode> = {
  appointments: <CalendarOutlined />,
  training: <ReadOutlined />,
  mentoring: <TeamOutlined />,
  performance: <BarChartOutlined />,
};

function TileCard({ tile }: { tile: Tile }) {
  const body = (
    <Card hoverable style={{ height: "100%" }} styles={{ body: { padding: 20 } }}>
      <Flex gap={16} align="flex-start">
        <span style={{ fontSize: 30, color: "#1f5fbf", lineHeight: 1 }} aria-hidden>
          {tile.icon}
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {tile.title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: "6px 0 0" }}>
            {tile.description}
          </Typography.Paragraph>
        </div>
        <RightOutlined style={{ color: "rgba(0,0,0,0.35)", alignSelf: "center" }} aria-hidden />
      </Flex>
    </Card>
  );
  const style = { display: "block", height: "100%" };
  return tile.internal ? (
    <Link to={tile.href} style={style} aria-label={tile.title}>
      {body}
    </Link>
  ) : (
    <a href={tile.href} style={style} aria-label={tile.title}>
      {body}
    </a>
  );
}

/** `/` when signed in: who you are, and the apps your roles may open. */
export function LauncherPage() {
  const t = useT();
  const me = useCurrentUser();
  if (!me) return null;
  const roles = me.roles as Role[];
  const tiles: Tile[] = appsForRoles(roles)
    .filter((app) => app !== "portal")
    .map((app) => ({
      key: app,
      title: t(`app.${app}`),
      description: t(`portal.launcher.${app}`),
      icon: APP_ICONS[app],
      href: `/${app}/`,
    }));
  if (roles.includes("hall_admin")) {
    tiles.push({
      key: "admin",
      title: t("portal.admin.title"),
      description: t("portal.launcher.admin"),
      icon: <SettingOutlined />,
      href: "/admin",
      internal: true,
    });
  }

  return (
    <div style={{ maxWidth: 1080, marginInline: "auto" }}>
      <Card style={{ marginBottom: 16 }} data-testid="welcome">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t("portal.launcher.welcome", { name: me.name })}
        </Typography.Title>
        <Space orientation="vertical" size={8}>
          <RoleTags roles={[...me.roles]} />
          {me.hallName && (
            <Typography.Text>
              {t("portal.launcher.hall", { hall: me.hallName })}
              {me.orgUnitName && <Typography.Text type="secondary"> · {me.orgUnitName}</Typography.Text>}
            </Typography.Text>
          )}
          {(me.phoneMasked || me.idNumberMasked) && (
            <Space wrap size={16}>
              {me.phoneMasked && <MaskedId value={me.phoneMasked} kind="phone" />}
              {me.idNumberMasked && <MaskedId value={me.idNumberMasked} kind="id" />}
            </Space>
          )}
        </Space>
      </Card>
      <Typography.Title level={5} style={{ margin: "0 0 12px" }}>
        {t("portal.launcher.appsTitle")}
      </Typography.Title>
      <nav aria-label={t("portal.launcher.appsTitle")} data-testid="launcher-apps">
        <Row gutter={[16, 16]}>
          {tiles.map((tile) => (
            <Col key={tile.key} xs={24} sm={12} lg={8}>
              <TileCard tile={tile} />
            </Col>
          ))}
        </Row>
        {tiles.length === 0 && <Typography.Text type="secondary">{t("portal.launcher.noApps")}</Typography.Text>}
      </nav>
    </div>
  );
}
