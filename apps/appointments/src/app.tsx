import { AppFrame, HallApiProvider } from "@hall/api-client";
import { I18nProvider } from "@hall/ui";
import { useState, useSyncExternalStore } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { MeContext } from "./me-context.ts";
import "./messages.ts";
import { isBarePath, routes } from "./routes.tsx";

export type AppointmentsRouter = ReturnType<typeof createBrowserRouter>;

/**
 * 预约 · 取号 · 叫号: citizens book (visitors may browse items and slots, and sign in to confirm);
 * hall staff see the day's bookings, hall admins override slot capacities.
 * The hall TV's calling display (/display) is public and bare: no shell header, no sign-in.
 */
export function App({ router }: { router?: AppointmentsRouter }) {
  const [appRouter] = useState(() => router ?? createBrowserRouter(routes, { basename: "/appointments" }));
  // A data router's state keeps the basename in the pathname (/appointments/display).
  const base = appRouter.basename && appRouter.basename !== "/" ? appRouter.basename : "";
  const path = useSyncExternalStore(appRouter.subscribe, () => appRouter.state.location.pathname.slice(base.length));
  if (isBarePath(path)) {
    return (
      <I18nProvider>
        <HallApiProvider>
          <RouterProvider router={appRouter} />
        </HallApiProvider>
      </I18nProvider>
    );
  }
  return (
    <AppFrame current="appointments" allowAnonymous>
      {(me) => (
        <MeContext value={me}>
          <RouterProvider router={appRouter} />
        </MeContext>
      )}
    </AppFrame>
  );
}
