import { useT } from "@hall/ui";
import { Button, Result, Spin } from "antd";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { Outlet, type RouteObject, useNavigate, useRouteError } from "react-router";

/** `lazy()` for a named export: every page is its own chunk, so /book loads no staff table or date picker. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Lazy>
        <Page />
      </Lazy>
    );
  };
}

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "80px auto" }} />}>{children}</Suspense>
  );
}

const HomePage = page(() => import("./pages/home-page.tsx"), "HomePage");
const ItemsPage = page(() => import("./pages/items-page.tsx"), "ItemsPage");
const ItemPage = page(() => import("./pages/item-page.tsx"), "ItemPage");
const SlotPage = page(() => import("./pages/slot-page.tsx"), "SlotPage");
const ConfirmPage = page(() => import("./pages/confirm-page.tsx"), "ConfirmPage");
const BookedPage = page(() => import("./pages/booked-page.tsx"), "BookedPage");
const MinePage = page(() => import("./pages/mine-page.tsx"), "MinePage");
const ReschedulePage = page(() => import("./pages/reschedule-page.tsx"), "ReschedulePage");
const DayPage = page(() => import("./pages/day-page.tsx"), "DayPage");
/** Every hall-queue page behind one lazy import (it loads the page's own chunk), so /book's entry stays small. */
const QueuePage = page(() => import("./queue/queue-pages.tsx"), "QueuePage");

/** Routes rendered without the shell (header, sign-in): the hall TV's calling display. */
export function isBarePath(pathname: string): boolean {
  return pathname === "/display" || pathname.startsWith("/display/");
}

function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("appointments.backHome")}
    </Button>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t("appointments.notFoundTitle")}
      subTitle={t("appointments.notFoundHint")}
      extra={<BackHome />}
    />
  );
}

/** A route that failed to render, typically a page chunk that is gone after a new deploy. */
function RouteError() {
  const error = useRouteError();
  const t = useT();
  return (
    <Result
      status="error"
      title={t("appointments.routeErrorTitle")}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("appointments.reload")}
        </Button>
      }
    />
  );
}

/** Pages stay phone-width on a desktop, except the staff day view. */
function Column() {
  return (
    <div style={{ maxWidth: 720, marginInline: "auto" }}>
      <Outlet />
    </div>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      {
        element: <Column />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "book", element: <ItemsPage /> },
          { path: "book/:itemId", element: <ItemPage /> },
          { path: "book/:itemId/slot", element: <SlotPage /> },
          { path: "book/:itemId/confirm", element: <ConfirmPage /> },
          { path: "booked/:id", element: <BookedPage /> },
          { path: "mine", element: <MinePage /> },
          { path: "mine/:id/reschedule", element: <ReschedulePage /> },
          { path: "queue", element: <QueuePage /> },
          { path: "ticket", element: <QueuePage /> },
          { path: "rate/:ticketId", element: <QueuePage /> },
        ],
      },
      { path: "day", element: <DayPage /> },
      { path: "display", element: <QueuePage /> },
      { path: "console", element: <QueuePage /> },
      { path: "approvals", element: <QueuePage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];
