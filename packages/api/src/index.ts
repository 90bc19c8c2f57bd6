export type { Context, CookieJar, SessionActor } from "./context.ts";
export { noopCookies } from "./context.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { hashPassword, verifyPassword } from "./services/passwords.ts";
export { resolveSession, SESSION_COOKIE, SESSION_TTL_MS } from "./services/sessions.ts";
export { seedDemo, DEMO_PASSWORD, type SeedResult } from "./seed/demo.ts";
export { createAdmin } from "./seed/create-admin.ts";
export type { HallErrorData } from "./trpc.ts";
