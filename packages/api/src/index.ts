export type { Context, CookieJar, SessionActor } from "./context.ts";
export { noopCookies } from "./context.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { createAdmin } from "./seed/create-admin.ts";
export { DEMO_PASSWORD, type SeedResult, seedDemo } from "./seed/demo.ts";
export { markNoShows } from "./services/booking.ts";
export { hashPassword, verifyPassword } from "./services/passwords.ts";
export { createSession, resolveSession, SESSION_COOKIE, SESSION_TTL_MS } from "./services/sessions.ts";
export type { HallErrorData } from "./trpc.ts";
