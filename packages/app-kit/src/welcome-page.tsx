import { addMessages, PageHeader, RoleTags, useT } from "@hall/ui";
import { Card, Typography } from "antd";
import { useCurrentUser } from "./me-context.ts";

let messagesAdded = false;
/** Registered on first render, so an app that never shows the welcome page does not ship its strings. */
function addWelcomeMessages() {
  if (messagesAdded) return;
  messagesAdded = true;
  addMessages("zh-CN", {
    "appKit.welcome": "{name}，您好",
    "appKit.hall": "所属大厅：{hall}",
    "appKit.comingTitle": "本应用的功能",
  });
  addMessages("en-US", {
    "appKit.welcome": "Hello, {name}",
    "appKit.hall": "Hall: {hall}",
    "appKit.comingTitle": "What this app does",
  });
}

export interface WelcomePageProps {
  /** Message key of the app's title. */
  title: string;
  /** Message keys of what the app will do, one line each. */
  features?: readonly string[];
}

/** A new app's first page: who is signed in (name, roles, hall) and what the app is for. */
export function WelcomePage({ title, features = [] }: WelcomePageProps) {
  addWelcomeMessages();
  const t = useT();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t(title)} />
      {me && (
        <Card data-testid="whoami" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t("appKit.welcome", { name: me.name })}
          </Typography.Title>
          <RoleTags roles={[...me.roles]} />
          {me.hallName && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t("appKit.hall", { hall: me.hallName })}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {features.length > 0 && (
        <Card title={t("appKit.comingTitle")}>
          <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 2 }}>
            {features.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
