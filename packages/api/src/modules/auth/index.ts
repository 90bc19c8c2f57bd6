/** The auth module: sign-in, sessions, passwords, accounts. Other modules import only from here. */
export { hashPassword, SCRYPT_PARAMS, setPasswordCostForTests, verifyPassword } from "./passwords.ts";
export { authRouter } from "./router.ts";
export {
  createSession,
  loadActor,
  resolveSession,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
  sessionCookieName,
} from "./sessions.ts";
export { usersRouter } from "./users.router.ts";
