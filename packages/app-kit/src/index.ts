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
export {
  BackHomeButton,
  Lazy,
  lazyPage,
  NotFoundPage,
  PageSpinner,
  RouteErrorPage,
  WelcomePage,
  type WelcomePageProps,
} from "./pages.tsx";
