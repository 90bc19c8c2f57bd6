import { AppFrame, type Me } from "@hall/api-client";
import { PageHeader, RoleTags, useT } from "@hall/ui";
import { Card, Typography } from "antd";
import "./messages.ts";

const FEATURES = ["training.feature1", "training.feature2", "training.feature3"];

export function Home({ me }: { me: Me }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t("training.title")} />
      <Card data-testid="whoami" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t("training.welcome", { name: me.name })}
        </Typography.Title>
        <RoleTags roles={[...me.roles]} />
        {me.hallName && (
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t("training.hall", { hall: me.hallName })}
          </Typography.Paragraph>
        )}
      </Card>
      <Card title={t("training.comingTitle")}>
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
  return <AppFrame current="training">{(me) => me && <Home me={me} />}</AppFrame>;
}
