import { AppFrame, type Me } from "@hall/api-client";
import { PageHeader, RoleTags, useT } from "@hall/ui";
import { Card, Typography } from "antd";
import "./messages.ts";

const FEATURES = ["performance.feature1", "performance.feature2", "performance.feature3"];

export function Home({ me }: { me: Me }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t("performance.title")} />
      <Card data-testid="whoami" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t("performance.welcome", { name: me.name })}
        </Typography.Title>
        <RoleTags roles={[...me.roles]} />
        {me.hallName && (
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t("performance.hall", { hall: me.hallName })}
          </Typography.Paragraph>
        )}
      </Card>
      <Card title={t("performance.comingTitle")}>
        <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 2 }}>
          {FEATURES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}

export function App() {
  return <AppFrame current="performance">{(me) => me && <Home me={me} />}</AppFrame>;
}
