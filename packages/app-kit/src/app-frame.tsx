import { LockOutlined } from "@ant-design/icons";
import { HallApiProvider, type Me, useLogout, useMe } from "@hall/api-client";
import { appsForRoles, type Role } from "@hall/domain";
import { type AppKey, AppShell, addMessages, defaultApps, HALL_BLUE, I18nProvider, useRoleLabel, useT } from "@hall/ui";
import { Button } from "antd";
import type { ReactNode } from "react";
import { PageSpinner } from "./pages.tsx";
import { StatusPage } from "./status-page.tsx";

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
  if (isLoading) body = <PageSpinner />;
  else if (!me && !allowAnonymous) {
    // The portal signs in and comes back here (`?next=` is checked to stay on this site there).
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    body = (
      <StatusPage
        icon={<LockOutlined style={{ color: HALL_BLUE }} />}
        title={t("frame.signInTitle")}
        hint={t("frame.signInHint")}
        action={
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
