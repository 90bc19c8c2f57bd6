import { useT } from "@hall/ui";
import { Button, Result, Spin } from "antd";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { Navigate, Outlet, type RouteObject, useLocation, useNavigate, useRouteError } from "react-router";
import { ADMIN_SECTIONS, type AdminSection } from "./admin/sections.ts";
import { useCurrentUser } from "./me-context.ts";

/** `lazy()` for a named export, so each page is its own chunk (antd Table/DatePicker stay out of sign-in). */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = page(() => import("./auth/sign-in-page.tsx"), "SignInPage");
const RegisterPage = page(() => import("./auth/register-page.tsx"), "RegisterPage");
const LauncherPage = page(() => import("./launcher/launcher-page.tsx"), "LauncherPage");
const AdminLayout = page(() => import("./admin/admin-layout.tsx"), "AdminLayout");

const adminPages: Record<AdminSection, ComponentType> = {
  hall: page(() => import("./admin/hall-page.tsx"), "HallPage"),
  org: page(() => import("./admin/org-page.tsx"), "OrgPage"),
  zones: page(() => import("./admin/zones-page.tsx"), "ZonesPage"),
  windows: page(() => import("./admin/windows-page.tsx"), "WindowsPage"),
  staff: page(() => import("./admin/staff-page.tsx"), "StaffPage"),
  groups: page(() => import("./admin/groups-page.tsx"), "GroupsPage"),
  items: page(() => import("./admin/items-page.tsx"), "ItemsPage"),
  calendar: page(() => import("./admin/calendar-page.tsx"), "CalendarPage"),
  users: page(() => import("./admin/users-page.tsx"), "UsersPage"),
  audit: page(() => import("./admin/audit-page.tsx"), "AuditPage"),
};

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "80px auto" }} />}>{children}</Suspense>
  );
}

/** `/`: the launcher when signed in, otherwise the sign-in form. */
function Home() {
  const me = useCurrentUser();
  return <Lazy>{me ? <LauncherPage /> : <SignInPage />}</Lazy>;
}

function RegisterRoute() {
  const me = useCurrentUser();
  if (me) return <Navigate to="/" replace />;
  return (
    <Lazy>
      <RegisterPage />
    </Lazy>
  );
}

function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("portal.backHome")}
    </Button>
  );
}

/** `/admin/*`: hall administrators only; visitors are sent to sign in and come back here afterwards. */
function AdminGate() {
  const me = useCurrentUser();
  const location = useLocation();
  const t = useT();
  if (!me) return <Navigate to={`/?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!me.roles.includes("hall_admin")) {
    return (
      <Result
        status="403"
        title={t("portal.admin.forbiddenTitle")}
        subTitle={t("portal.admin.forbiddenHint")}
        extra={<BackHome />}
      />
    );
  }
  return (
    <Lazy>
      <AdminLayout />
    </Lazy>
  );
}

function AdminPage({ section }: { section: AdminSection }) {
  const Page = adminPages[section];
  return (
    <Lazy>
      <Page />
    </Lazy>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Result status="404" title={t("portal.notFoundTitle")} subTitle={t("portal.notFoundHint")} extra={<BackHome />} />
  );
}

/** A route that failed to render, typically a page chunk that is gone after a new deploy. */
function RouteError() {
  const error = useRouteError();
  const t = useT();
  return (
    <Result
      status="error"
      title={t("portal.routeErrorTitle")}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("portal.reload")}
        </Button>
      }
    />
  );
}

export const routes: RouteObject[] = [
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      { path: "register", element: <RegisterRoute /> },
      {
        path: "admin",
        element: <AdminGate />,
        children: [
          { index: true, element: <Navigate to="hall" replace /> },
          ...ADMIN_SECTIONS.map((section) => ({ path: section, element: <AdminPage section={section} /> })),
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
];
