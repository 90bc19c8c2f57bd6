export { AppFrame, type AppFrameProps } from "./app-frame.tsx";
export {
  createHallApp,
  type HallApp,
  type HallAppOptions,
  type HallAppProps,
  type HallRouter,
  mountApp,
  withFallbackRoutes,
} from "./create-app.tsx";
export { MeContext, useCan, useCurrentUser } from "./me-context.ts";
export { BackHomeButton, NotFoundPage } from "./not-found-page.tsx";
export { Lazy, lazyPage, PageSpinner, RouteErrorPage } from "./pages.tsx";
export { StatusPage, type StatusPageProps } from "./status-page.tsx";
export { WelcomePage, type WelcomePageProps } from "./welcome-page.tsx";
