import { lazyPage } from "@hall/app-kit";
import { Outlet, type RouteObject } from "react-router";

// Every page is its own chunk (`lazyPage`), so /book loads no staff table or date picker.
const HomePage = lazyPage(() => import("./pages/home-page.tsx"), "HomePage");
const ItemsPage = lazyPage(() => import("./pages/items-page.tsx"), "ItemsPage");
const ItemPage = lazyPage(() => import("./pages/item-page.tsx"), "ItemPage");
const SlotPage = lazyPage(() => import("./pages/slot-page.tsx"), "SlotPage");
const ConfirmPage = lazyPage(() => import("./pages/confirm-page.tsx"), "ConfirmPage");
const BookedPage = lazyPage(() => import("./pages/booked-page.tsx"), "BookedPage");
const MinePage = lazyPage(() => import("./pages/mine-page.tsx"), "MinePage");
const ReschedulePage = lazyPage(() => import("./pages/reschedule-page.tsx"), "ReschedulePage");
const DayPage = lazyPage(() => import("./pages/day-page.tsx"), "DayPage");
/** Every hall-queue page behind one lazy import (it loads the page's own chunk), so /book's entry stays small. */
const QueuePage = lazyPage(() => import("./queue/queue-pages.tsx"), "QueuePage");

/** Routes rendered without the shell (header, sign-in): the hall TV's calling display. */
export function isBarePath(pathname: string): boolean {
  return pathname === "/display" || pathname.startsWith("/display/");
}

/** Pages stay phone-width on a desktop, except the staff day view. */
function Column() {
  return (
    <div style={{ maxWidth: 720, marginInline: "auto" }}>
      <Outlet />
    </div>
  );
}

/** The app's pages; `createHallApp` adds the error page and the 404 page around them. */
export const routes: RouteObject[] = [
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
];
