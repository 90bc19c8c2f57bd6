import { Spin } from "antd";
import { type ComponentType, lazy, Suspense } from "react";
import { useLocation } from "react-router";

function named<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy<ComponentType>(async () => ({ default: (await load())[name] }));
}

/** The hall-queue pages by the first segment of the path; each is a chunk of its own. */
const PAGES: Record<string, ComponentType> = {
  queue: named(() => import("./hub-page.tsx"), "QueueHubPage"),
  display: named(() => import("./display-page.tsx"), "DisplayPage"),
  ticket: named(() => import("./ticket-page.tsx"), "TicketPage"),
  console: named(() => import("./console-page.tsx"), "ConsolePage"),
  approvals: named(() => import("./approvals-page.tsx"), "ApprovalsPage"),
  rate: named(() => import("./rate-page.tsx"), "RatePage"),
};

/** `/queue`, `/display`, `/ticket`, `/console`, `/approvals`, `/rate/:ticketId`. */
export function QueuePage() {
  const segment = useLocation().pathname.split("/")[1] ?? "";
  const Page = PAGES[segment];
  if (!Page) return null;
  return (
    <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "80px auto" }} />}>
      <Page />
    </Suspense>
  );
}
