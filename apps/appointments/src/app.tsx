import { AppFrame } from "@hall/api-client";
import { useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { MeContext } from "./me-context.ts";
import "./messages.ts";
import { routes } from "./routes.tsx";

export type AppointmentsRouter = ReturnType<typeof createBrowserRouter>;

/**
 * 预约 · 取号 · 叫号: citizens book (visitors may browse items and slots, and sign in to confirm);
 * hall staff see the day's bookings, hall admins override slot capacities.
 */
export function App({ router }: { router?: AppointmentsRouter }) {
  const [appRouter] = useState(() => router ?? createBrowserRouter(routes, { basename: "/appointments" }));
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
