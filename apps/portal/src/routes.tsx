import { BackHomeButton, lazyPage, useCurrentUser } from "@hall/app-kit";
import { useT } from "@hall/ui";
import { Result } from "antd";
import type { ComponentType } from "react";
import { Navigate, type RouteObject, useLocation } from "react-router";
import { ADMIN_SECTIONS, type AdminSection } from "./admin/sections.ts";

// Each page is its own chunk (antd Table/DatePicker stay out of sign-in).
const SignInPage = lazyPage(() => import("./auth/sign-in-page.tsx"), "SignInPage");
const RegisterPage = lazyPage(() => import("./auth/register-page.tsx"), "RegisterPage");
const LauncherPage = lazyPage(() => import("./launcher/launcher-page.tsx"), "LauncherPage");
const AdminLayout = lazyPage(() => import("./admin/admin-layout.tsx"), "AdminLayout");

const adminPages: Record<AdminSection, ComponentType> = {
  hall: lazyPage(() => import("./admin/hall-page.tsx"), "HallPage"),
  org: lazyPage(() => import("./admin/org-page.tsx"), "OrgPage"),
  zones: lazyPage(() => import("./admin/zones-page.tsx"), "ZonesPage"),
  windows: lazyPage(() => import("./admin/windows-page.tsx"), "WindowsPage"),
  staff: lazyPage(() => import("./admin/staff-page.tsx"), "StaffPage"),
  groups: lazyPage(() => import("./admin/groups-page.tsx"), "GroupsPage"),
  items: lazyPage(() => import("./admin/items-page.tsx"), "ItemsPage"),
  calendar: lazyPage(() => import("./admin/calendar-page.tsx"), "CalendarPage"),
  users: lazyPage(() => import("./admin/users-page.tsx"), "UsersPage"),
  audit: lazyPage(() => import("./admin/audit-page.tsx"), "AuditPage"),
};

/** `/`: the launcher when signed in, otherwise the sign-in form. */
function Home() {
  const me = useCurrentUser();
  return me ? <LauncherPage /> : <SignInPage />;
}

function RegisterRoute() {
  const me = useCurrentUser();
  if (me) return <Navigate to="/" replace />;
  return <RegisterPage />;
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
        extra={<BackHomeButton />}
      />
    );
  }
  return <AdminLayout />;
}

/** The portal's pages; `createHallApp` adds the error page and the 404 page around them. */
export const routes: RouteObject[] = [
  { index: true, element: <Home /> },
  { path: "register", element: <RegisterRoute /> },
  {
    path: "admin",
    element: <AdminGate />,
    children: [
      { index: true, element: <Navigate to="hall" replace /> },
      ...ADMIN_SECTIONS.map((section) => {
        const Page = adminPages[section];
        return { path: section, element: <Page /> };
      }),
    ],
  },
];
