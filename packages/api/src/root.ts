import { authRouter, usersRouter } from "./modules/auth/index.ts";
import { bookingRouter, catalogRouter } from "./modules/booking/index.ts";
import { casesRouter, complaintsRouter, enquiriesRouter, ratingRouter } from "./modules/feedback/index.ts";
import { queueRouter, refusalsRouter } from "./modules/queue/index.ts";
import {
  auditRouter,
  calendarRouter,
  hallsRouter,
  itemsRouter,
  orgRouter,
  staffRouter,
  windowsRouter,
  zonesRouter,
} from "./modules/reference/index.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
  halls: hallsRouter,
  zones: zonesRouter,
  windows: windowsRouter,
  staff: staffRouter,
  items: itemsRouter,
  calendar: calendarRouter,
  users: usersRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  booking: bookingRouter,
  queue: queueRouter,
  refusals: refusalsRouter,
  rating: ratingRouter,
  cases: casesRouter,
  complaints: complaintsRouter,
  enquiries: enquiriesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
