import { DEMO_PASSWORD } from "@hall/api";
import { clockFrom, dataDirOf, openDatabase, postgresStartupFailure, prepareDatabase, StartupError } from "./boot.ts";
import { readEnv, servesStorybook } from "./env.ts";
import { startJobs } from "./jobs.ts";
import { loadPii } from "./pii-keys.ts";
import { buildServer } from "./server.ts";

/** A start-up the operator can fix (environment, DATA_DIR, DATABASE_URL): say what and how, no stack trace. */
function refuseToStart(err: unknown): never {
  if (err instanceof StartupError || (err instanceof Error && err.message.startsWith("Invalid environment"))) {
    console.error(`\n  ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const env = (() => {
  try {
    return readEnv();
  } catch (err) {
    return refuseToStart(err);
  }
})();
const clock = clockFrom(env);
const handle = await openDatabase(env, { serving: true }).catch(refuseToStart);
// Migrations on PostgreSQL run on their own connections, without the statement timeout of the serving pool.
const maintenance = handle.kind === "postgres" ? await openDatabase(env) : handle;
const { migrated, seeded, pii, sealed } = await prepareDatabase(
  maintenance,
  clock,
  () => loadPii(env, dataDirOf(env)).pii,
)
  .catch((err: unknown) => refuseToStart(postgresStartupFailure(env, err)))
  .finally(() => (maintenance === handle ? undefined : maintenance.close()));
const app = await buildServer({
  handle,
  clock,
  pii,
  cookieSecure: env.COOKIE_SECURE === "true",
  trustProxy: env.TRUST_PROXY,
  sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
  serveStorybook: servesStorybook(env),
  apiRateLimit: env.API_RATE_LIMIT,
  healthTimeoutMs: env.DB_HEALTH_TIMEOUT_MS,
  logLevel: env.LOG_LEVEL,
});
await app.listen({ port: env.PORT, host: env.HOST });
const stopJobs = startJobs(handle, clock, app.log);

const url = `http://localhost:${env.PORT}/`;
const lines = [
  "",
  "  政务服务大厅综合管理平台 · Hall Platform",
  `  ${url}`,
  `  database: ${handle.kind}${handle.kind === "pglite" ? ` (${dataDirOf(env)})` : ""}${migrated.length ? `, migrated ${migrated.join(", ")}` : ""}${seeded ? ", demo hall loaded" : ""}`,
  env.HALL_NOW ? `  clock starts at ${env.HALL_NOW}` : "",
  sealed.users + sealed.staff + sealed.complaints
    ? `  personal data sealed: ${sealed.users} accounts, ${sealed.staff} staff, ${sealed.complaints} complaints` +
      (sealed.releasedDuplicateIdNumbers
        ? ` (${sealed.releasedDuplicateIdNumbers} duplicate ID numbers released, see audit)`
        : "")
    : "",
  handle.kind === "pglite"
    ? `  demo logins (password ${DEMO_PASSWORD}): admin, chief, leader, trainer, mentor, inspector, staff01…staff12, citizens 13800000001…13800000005`
    : "",
  "",
];
console.log(lines.filter((l, i) => l || i === 0 || i === lines.length - 1).join("\n"));

const shutdown = async () => {
  stopJobs();
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
