import { WarningOutlined } from "@ant-design/icons";
import { useT } from "@hall/ui";
import { Button, Spin } from "antd";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useRouteError } from "react-router";
import "./messages.ts";
import { StatusPage } from "./status-page.tsx";

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

/** A route that failed to render, typically a page chunk that is gone after a new deploy. */
export function RouteErrorPage() {
  const error = useRouteError();
  const t = useT();
  return (
    <StatusPage
      icon={<WarningOutlined style={{ color: "#ff4d4f" }} />}
      title={t("appKit.routeErrorTitle")}
      hint={error instanceof Error ? error.message : undefined}
      action={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("appKit.reload")}
        </Button>
      }
    />
  );
}
