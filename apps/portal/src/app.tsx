import { AppFrame } from "@hall/api-client";
import { useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { MeContext } from "./me-context.ts";
import "./messages.ts";
import { routes } from "./routes.tsx";

export type PortalRouter = ReturnType<typeof createBrowserRouter>;

/** The portal: sign-in / registration for visitors, the app launcher and hall administration for the signed-in. */
export function App({ router }: { router?: PortalRouter }) {
  const [portalRouter] = useState(() => router ?? createBrowserRouter(routes, { basename: "/" }));
  return (
    <AppFrame current="portal" allowAnonymous>
      {(me) => (
        <MeContext value={me}>
          <RouterProvider router={portalRouter} />
        </MeContext>
      )}
    </AppFrame>
  );
}
