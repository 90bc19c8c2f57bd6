import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { bookingRouter } from "./routers/booking.ts";
import { calendarRouter } from "./routers/calendar.ts";
import { catalogRouter } from "./routers/catalog.ts";
import { casesRouter, complaintsRouter, enquiriesRouter, ratingRouter, refusalsRouter } from "./routers/feedback.ts";
import { hallsRouter } from "./routers/halls.ts";
import { itemsRouter } from "./routers/items.ts";
import { orgRouter } from "./routers/org.ts";
import { queueRouter } from "./routers/queue.ts";
import { staffRouter } from "./routers/staff.ts";
import { usersRouter } from "./routers/users.ts";
import { windowsRouter } from "./routers/windows.ts";
import { zonesRouter } from "./routers/zones.ts";
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
