import { HallApiProvider } from "@hall/api-client";
import { type AppKey, I18nProvider } from "@hall/ui";
import { type ReactNode, StrictMode, useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, Outlet, type RouteObject, RouterProvider } from "react-router";
import { AppFrame } from "./app-frame.tsx";
import { MeContext } from "./me-context.ts";
import { NotFoundPage } from "./not-found-page.tsx";
import { RouteErrorPage } from "./pages.tsx";

export type HallRouter = ReturnType<typeof createBrowserRouter>;

export interface HallAppOptions {
  /** Which app this is: highlights it in the shell's app switcher and gives the default base path. */
  key: AppKey;
  /** The app's pages, relative to `basename`. A root error page and a 404 page are added around them. */
  routes: RouteObject[];
  /** Where the gateway serves the app; defaults to `/<key>` (`/` for the portal), as `hallViteConfig`'s `base`. */
  basename?: string;
  /** Let visitors in without signing in (pages then read `useCurrentUser()` as null); otherwise they are asked to sign in. */
  allowAnonymous?: boolean;
  /** Paths (inside the app) shown bare: no shell, no session, e.g. a public display screen. */
  isBare?: (path: string) => boolean;
}

export type HallAppProps = {
  /** A router to use instead of the browser's (tests pass a memory router over `App.routes`). */
  router?: HallRouter;
};

/** The app's root component, with the full route table and base path it was made with. */
export type HallApp = ((props: HallAppProps) => ReactNode) & {
  readonly key: AppKey;
  readonly routes: RouteObject[];
  readonly basename: string;
};

/** The app's pages inside a root route that catches render errors, with a 404 page for anything unmatched. */
export function withFallbackRoutes(routes: RouteObject[]): RouteObject[] {
  return [
    {
      element: <Outlet />,
      errorElement: <RouteErrorPage />,
      children: [...routes, { path: "*", element: <NotFoundPage /> }],
    },
  ];
}

/**
 * One app of the hall platform: providers (i18n, API client, React Query), the session-aware shell
 * (`AppFrame`: header, app switcher, user menu, sign-in prompt), the signed-in person in `MeContext`, and the router.
 * `mountApp(createHallApp({ key, routes }))` is a whole `main.tsx`.
 */
export function createHallApp(options: HallAppOptions): HallApp {
  const { key, allowAnonymous, isBare } = options;
  const routes = withFallbackRoutes(options.routes);
  const basename = options.basename ?? (key === "portal" ? "/" : `/${key}`);

  function App({ router }: HallAppProps) {
    const [appRouter] = useState(() => router ?? createBrowserRouter(routes, { basename }));
    const bare = useSyncExternalStore(appRouter.subscribe, () => isBare?.(pathInApp(appRouter)) ?? false);
    if (bare) {
      return (
        <I18nProvider>
          <HallApiProvider>
            <RouterProvider router={appRouter} />
          </HallApiProvider>
        </I18nProvider>
      );
    }
    return (
      <AppFrame current={key} allowAnonymous={allowAnonymous}>
        {(me) => (
          <MeContext value={me}>
            <RouterProvider router={appRouter} />
          </MeContext>
        )}
      </AppFrame>
    );
  }
  return Object.assign(App, { key, routes, basename });
}

/** The router's path inside the app: a data router's state keeps the basename in the pathname. */
function pathInApp(router: HallRouter): string {
  const base = router.basename && router.basename !== "/" ? router.basename : "";
  return router.state.location.pathname.slice(base.length) || "/";
}

/** Renders the app into `#root` (the element every app's index.html has). */
export function mountApp(App: HallApp, container: HTMLElement = document.getElementById("root")!) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
