import { appsForRoles, type Role } from "@hall/domain";
import { type AppKey, AppShell, addMessages, defaultApps, I18nProvider, useRoleLabel, useT } from "@hall/ui";
import { Button, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { HallApiProvider } from "./provider.tsx";
import { type Me, useLogout, useMe } from "./session.ts";

addMessages("zh-CN", {
  "frame.signInTitle": "请先登录",
  "frame.signInHint": "登录后即可使用本应用。",
  "frame.signIn": "去登录",
});
addMessages("en-US", {
  "frame.signInTitle": "Please sign in",
  "frame.signInHint": "Sign in to use this app.",
  "frame.signIn": "Sign in",
});

export interface AppFrameProps {
  current: AppKey;
  /** Render for visitors who are not signed in (e.g. public pages); otherwise they are sent to sign in. */
  allowAnonymous?: boolean;
  children: (me: Me | null) => ReactNode;
}

/** Providers + the shared shell every app uses: i18n, API client, header with app switcher and user menu. */
export function AppFrame(props: AppFrameProps) {
  return (
    <I18nProvider>
      <HallApiProvider>
        <Framed {...props} />
      </HallApiProvider>
    </I18nProvider>
  );
}

function Framed({ current, allowAnonymous, children }: AppFrameProps) {
  const { me, isLoading } = useMe();
  const logout = useLogout();
  const t = useT();
  const roleLabel = useRoleLabel();
  const visible = appsForRoles((me?.roles ?? []) as Role[]);
  const apps = defaultApps().filter((a) => visible.includes(a.key) || a.key === current);
  const user = me ? { name: me.name, roleLabels: me.roles.map((r) => roleLabel(r)) } : null;

  let body: ReactNode;
  if (isLoading) body = <Spin size="large" style={{ display: "block", margin: "80px auto" }} />;
  else if (!me && !allowAnonymous) {
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    body = (
      <Result
        status="403"
        title={t("frame.signInTitle")}
        subTitle={t("frame.signInHint")}
        extra={
          <Button type="primary" href={`/?next=${next}`}>
            {t("frame.signIn")}
          </Button>
        }
      />
    );
  } else body = children(me);

  return (
    <AppShell current={current} apps={apps} user={user} onLogout={() => logout.mutate()}>
      {body}
    </AppShell>
  );
}
