import { PageHeader, RoleTags, useT } from "@hall/ui";
import { Button, Card, Result, Spin, Typography } from "antd";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useNavigate, useRouteError } from "react-router";
import { useCurrentUser } from "./me-context.ts";
import "./messages.ts";

/** The spinner a page shows while its chunk or its data loads. */
export function PageSpinner() {
  return <Spin size="large" style={{ display: "block", margin: "80px auto" }} />;
}

/** Suspense with the page spinner, for lazily loaded parts of a page. */
export function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSpinner />}>{children}</Suspense>;
}

/** `lazy()` for a named export, wrapped in `Lazy`: every page is its own chunk. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Lazy>
        <Page />
      </Lazy>
    );
  };
}

export function BackHomeButton() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("appKit.backHome")}
    </Button>
  );
}

/** The answer for a path no route matches (every app gets it as its last route). */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t("appKit.notFoundTitle")}
      subTitle={t("appKit.notFoundHint")}
      extra={<BackHomeButton />}
    />
  );
}

/** A route that failed to render, typically a page chunk that is gone after a new deploy. */
export function RouteErrorPage() {
  const error = useRouteError();
  const t = useT();
  return (
    <Result
      status="error"
      title={t("appKit.routeErrorTitle")}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("appKit.reload")}
        </Button>
      }
    />
  );
}

export interface WelcomePageProps {
  /** Message key of the app's title. */
  title: string;
  /** Message keys of what the app will do, one line each. */
  features?: readonly string[];
}

/** A new app's first page: who is signed in (name, roles, hall) and what the app is for. */
export function WelcomePage({ title, features = [] }: WelcomePageProps) {
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
