import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import {
  type AppRouter,
  appRouter,
  type Context,
  createHallEvents,
  noRealNameCheck,
  type Pii,
  type RealNameVerifier,
  resolveSession,
  SESSION_COOKIE,
} from "@hall/api";
import { type DbHandle, isDatabaseUnavailable, pingDatabase } from "@hall/db";
import { type Clock, type Locale, systemClock, translate } from "@hall/domain";
import { TRPCError } from "@trpc/server";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** The micro-frontends the gateway serves, each from its own Vite build. */
export const MOUNTS = [
  { prefix: "/appointments/", dir: "apps/appointments/dist" },
  { prefix: "/training/", dir: "apps/training/dist" },
  { prefix: "/mentoring/", dir: "apps/mentoring/dist" },
  { prefix: "/performance/", dir: "apps/performance/dist" },
  { prefix: "/storybook/", dir: "packages/ui/storybook-static" },
  { prefix: "/", dir: "apps/portal/dist" },
] as const;

export interface ServerOptions {
  handle: DbHandle;
  /** The hall clock (HALL_NOW): business rules only. */
  clock: Clock;
  /** Real time for sessions and throttling; the system clock unless a test sets it. */
  wallClock?: Clock;
  /** Seals and finds ID and phone numbers (PII_KEY, or DATA_DIR/pii.key; see pii-keys.ts). */
  pii: Pii;
  /** The provincial real-name check (实名核验) registration asks; default: none (see @hall/api shared/real-name.ts). */
  realName?: RealNameVerifier;
  cookieSecure?: boolean;
  apiRateLimit?: number;
  logLevel?: string;
  root?: string;
  /** /healthz reports the database down when `select 1` takes longer (DB_HEALTH_TIMEOUT_MS); default 2000. */
  healthTimeoutMs?: number;
}

/** The user's language: the UI's cookie, then Accept-Language; Chinese by default. */
export function localeOf(req: FastifyRequest): Locale {
  const cookie = req.cookies?.hall_locale;
  if (cookie === "en-US" || cookie === "zh-CN") return cookie;
  const header = req.headers["x-hall-locale"] ?? req.headers["accept-language"] ?? "";
  return String(header).toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

export async function buildServer(opts: ServerOptions) {
  const { handle, clock } = opts;
  const wallClock = opts.wallClock ?? systemClock();
  const root = opts.root ?? REPO_ROOT;
  const app = Fastify({
    logger: { level: opts.logLevel ?? "info" },
    trustProxy: true,
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 1024 * 1024,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd (cssinjs) and ECharts write inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Storybook's manager frames its preview; same-origin frames only.
    frameguard: { action: "sameorigin" },
  });
  // Storybook (a developer tool) boots from inline scripts and evaluates story code: a looser policy there only.
  app.addHook("onSend", async (req, reply) => {
    if (req.url.startsWith("/storybook/")) {
      reply.header(
        "content-security-policy",
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; frame-ancestors 'self'",
      );
    }
  });
  await app.register(fastifyCookie);
  // Two buckets per client IP: sign-in/registration (tight) and the rest of the API.
  const isAuthCall = (url: string) =>
    url.startsWith("/api/trpc/auth.login") || url.startsWith("/api/trpc/auth.register");
  await app.register(fastifyRateLimit, {
    global: true,
    timeWindow: "1 minute",
    keyGenerator: (req) => `${isAuthCall(req.url) ? "auth" : "api"}:${req.ip}`,
    max: (req) => (isAuthCall(req.url) ? 30 : (opts.apiRateLimit ?? 1200)),
    allowList: (req) => !req.url.startsWith("/api/"),
  });

  // For a load balancer: 503 while this instance cannot reach its database, so traffic goes to the others.
  app.get("/healthz", async (_req, reply) => {
    if (await pingDatabase(handle.db, opts.healthTimeoutMs ?? 2000)) return { status: "ok", db: handle.kind };
    return reply.code(503).header("cache-control", "no-store").send({ status: "unavailable", db: "down" });
  });

  const cookieSecure = opts.cookieSecure ?? false;
  // One LISTEN connection per gateway process feeds every calling display connected to it.
  const events = createHallEvents(handle);
  const createContext = async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<Context> => {
    const actor = await resolveSession(handle.db, req.cookies[SESSION_COOKIE], wallClock.now()).catch(
      (err: unknown) => {
        // No context yet, so the message is put in the caller's language here (503, see trpc.ts).
        if (!isDatabaseUnavailable(err)) throw err;
        const message = translate("common.unavailable", localeOf(req));
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message, cause: err });
      },
    );
    return {
      db: handle.db,
      dbKind: handle.kind,
      clock,
      wallClock,
      locale: localeOf(req),
      ip: req.ip ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      actor,
      events,
      pii: opts.pii,
      realName: opts.realName ?? noRealNameCheck,
      cookies: {
        setSession(token, maxAgeSeconds) {
          // Max-Age, never Expires: a relative lifetime cannot be skewed by the hall clock or the browser's clock.
          res.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure: cookieSecure,
            path: "/",
            maxAge: maxAgeSeconds,
          });
        },
        clearSession() {
          res.clearCookie(SESSION_COOKIE, { path: "/" });
        },
      },
    };
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "procedure failed");
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  // The built apps. Each mount falls back to its own index.html so client-side routes survive a reload.
  let decorated = false;
  const mounted: { prefix: string; index: string }[] = [];
  for (const m of MOUNTS) {
    const dir = join(root, m.dir);
    if (!existsSync(join(dir, "index.html"))) continue;
    await app.register(fastifyStatic, {
      root: dir,
      prefix: m.prefix,
      decorateReply: !decorated,
      wildcard: true,
      index: ["index.html"],
      cacheControl: false,
      setHeaders(res, path) {
        // Hashed assets are immutable; HTML must be revalidated so new deploys are picked up.
        res.setHeader(
          "cache-control",
          path.includes(`${"/assets/"}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
    decorated = true;
    mounted.push({ prefix: m.prefix, index: join(dir, "index.html") });
  }
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split("?")[0] ?? "/";
    const accepts = String(req.headers.accept ?? "");
    if (req.method === "GET" && !url.startsWith("/api/") && accepts.includes("text/html")) {
      const m = mounted.find((x) => url.startsWith(x.prefix) || `${url}/` === x.prefix);
      if (m) {
        if (`${url}/` === m.prefix) return reply.redirect(m.prefix);
        return reply.type("text/html").header("cache-control", "no-cache").send(readFileSync(m.index));
      }
    }
    return reply.code(404).send({ error: "Not Found" });
  });

  return app;
}
