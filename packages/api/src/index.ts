export type { Context, CookieJar, SessionActor } from "./context.ts";
export { noopCookies } from "./context.ts";
export {
  createSession,
  hashPassword,
  resolveSession,
  SCRYPT_PARAMS,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
  sessionCookieName,
  setPasswordCostForTests,
  verifyPassword,
} from "./modules/auth/index.ts";
export { markNoShows } from "./modules/booking/index.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { createAdmin } from "./seed/create-admin.ts";
export { DEMO_PASSWORD, type SeedResult, seedDemo } from "./seed/demo.ts";
export { createHallEvents, type HallEvents } from "./shared/events.ts";
export {
  createPii,
  formatPiiKey,
  generatePiiKey,
  type Pii,
  type PiiKey,
  PiiKeyError,
  parsePiiKey,
  parsePiiKeyEntry,
} from "./shared/pii.ts";
export { assertPiiKeyOpens, rotatePii, type SealReport, sealPlaintextPii } from "./shared/pii-at-rest.ts";
export { noRealNameCheck, type RealNameResult, type RealNameVerifier } from "./shared/real-name.ts";
export type { HallErrorData } from "./trpc.ts";
