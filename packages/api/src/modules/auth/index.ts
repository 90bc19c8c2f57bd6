/** The auth module: sign-in, sessions, passwords, accounts. Other modules import only from here. */
export { hashPassword, verifyPassword } from "./passwords.ts";
export { authRouter } from "./router.ts";
export { createSession, loadActor, resolveSession, SESSION_COOKIE, SESSION_TTL_MS } from "./sessions.ts";
export { usersRouter } from "./users.router.ts";
