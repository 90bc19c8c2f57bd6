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
  SESSION_IDLE_MS,
  sessionCookieName,
} from "@hall/api";
import { type DbHandle, isDatabaseUnavailable, pingDatabase } from "@hall/db";
import { type Clock, type Locale, systemClock, translate } from "@hall/domain";
import { TRPCError } from "@trpc/server";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type { TrustProxy } from "./env.ts";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

const STORYBOOK_PREFIX = "/storybook/";

/** Most calls one batched request may carry (tRPC's httpBatchLink sends the calls of one tick together). */
export const MAX_BATCH_SIZE = 50;

/** The micro-frontends the gateway serves, each from its own Vite build. */
export const MOUNTS = [
  { prefix: "/appointments/", dir: "apps/appointments/dist" },
  { prefix: "/training/", dir: "apps/training/dist" },
  { prefix: "/mentoring/", dir: "apps/mentoring/dist" },
  { prefix: "/performance/", dir: "apps/performance/dist" },
  { prefix: STORYBOOK_PREFIX, dir: "packages/ui/storybook-static" },
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
  /** Always use the Secure `__Host-` session cookie (COOKIE_SECURE); requests over HTTPS get it anyway. */
  cookieSecure?: boolean;
  /** Which peers may set the client address and protocol (TRUST_PROXY); default: none. */
  trustProxy?: TrustProxy;
  /** A session unused this long ends (SESSION_IDLE_MINUTES); default 120. */
  sessionIdleMinutes?: number;
  /** Serve Storybook (and its looser CSP) at /storybook/; default: no. */
  serveStorybook?: boolean;
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

/**
 * Fastify's `trustProxy` for TRUST_PROXY. A hop count trusts that many peers, nearest first — only right when nothing
 * but those proxies can reach the gateway (Fastify itself refuses a bare number, as it cannot check the peer).
 */
export function fastifyTrustProxy(
  tp: TrustProxy | undefined,
): false | string[] | ((addr: string, hop: number) => boolean) {
  if (!tp) return false;
  if (typeof tp === "number") return (_addr, hop) => hop < tp;
  return tp;
}

/** The host part of an Origin header, or null for "null" and anything unparsable. */
function originHost(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The request's host, without the default port of the origin's scheme (URL.host drops it too). */
function requestHost(req: FastifyRequest, origin: string): string {
  const host = String(req.host ?? "").toLowerCase();
  const scheme = origin.slice(0, origin.indexOf(":"));
  const defaultPort = scheme === "https" ? ":443" : scheme === "http" ? ":80" : null;
  return defaultPort && host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host;
}

export async function buildServer(opts: ServerOptions) {
  const { handle, clock } = opts;
  const wallClock = opts.wallClock ?? systemClock();
  const root = opts.root ?? REPO_ROOT;
  const idleMs = opts.sessionIdleMinutes ? opts.sessionIdleMinutes * 60_000 : SESSION_IDLE_MS;
  const app = Fastify({
    logger: { level: opts.logLevel ?? "info" },
    // Whom to believe about the client's address and protocol (X-Forwarded-For/-Proto): nobody unless configured.
    // req.ip (rate limits, sign-in throttling, audit) and req.protocol (the Secure cookie) follow from it.
    trustProxy: fastifyTrustProxy(opts.trustProxy),
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
  // Storybook (a developer tool) boots from inline scripts and evaluates story code: a looser policy for the files
  // of its own mount only, and only when it is served at all (never on anything else under /storybook/).
  const serveStorybook = opts.serveStorybook ?? false;
  app.addHook("onSend", async (req, reply) => {
    if (serveStorybook && req.routeOptions.url?.startsWith(STORYBOOK_PREFIX)) {
      reply.header(
        "content-security-policy",
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; frame-ancestors 'self'",
      );
    }
  });
  await app.register(fastifyCookie);
  // Requests per client IP on the whole API. Sign-in and registration are throttled per call inside the procedures
  // (packages/api auth/throttle.ts), so a batched request cannot carry more guesses than separate ones.
  await app.register(fastifyRateLimit, {
    global: true,
    timeWindow: "1 minute",
    keyGenerator: (req) => `api:${req.ip}`,
    max: opts.apiRateLimit ?? 1200,
    allowList: (req) => !req.url.startsWith("/api/"),
  });

  // CSRF: a browser tells where a request comes from (Origin, Sec-Fetch-Site). A state-changing call from another
  // site is refused, and API bodies must be JSON — a form or multipart body is what a cross-site page can send without
  // a CORS preflight. A request without these headers (curl, a server-side client) is not a browser's and passes.
  const refuse = (req: FastifyRequest, reply: FastifyReply, status: 403 | 415, key: string) =>
    reply.code(status).send({
      error: {
        message: translate(key, localeOf(req)),
        code: status === 403 ? -32003 : -32015,
        data: { code: status === 403 ? "FORBIDDEN" : "UNSUPPORTED_MEDIA_TYPE", httpStatus: status, key },
      },
    });
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS" || !req.url.startsWith("/api/"))
      return;
    const site = req.headers["sec-fetch-site"];
    const origin = req.headers.origin;
    const foreignOrigin = origin !== undefined && originHost(origin) !== requestHost(req, origin);
    if (site === "cross-site" || site === "same-site" || foreignOrigin) {
      return refuse(req, reply, 403, "auth.cross_site");
    }
    const type = String(req.headers["content-type"] ?? "")
      .split(";", 1)[0]
      ?.trim()
      .toLowerCase();
    if (req.method === "POST" && req.url.startsWith("/api/trpc") && type !== "application/json") {
      return refuse(req, reply, 415, "auth.json_only");
    }
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
    // Over HTTPS (directly, or as told by a trusted proxy) the session lives in `__Host-hall_session`, Secure; over
    // plain HTTP in `hall_session`. Each is read only where it applies: a plain cookie never opens an HTTPS session.
    const secure = cookieSecure || req.protocol === "https";
    const cookieName = sessionCookieName(secure);
    const actor = await resolveSession(handle.db, req.cookies[cookieName], wallClock.now(), { idleMs }).catch(
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
          res.setCookie(cookieName, token, {
            httpOnly: true,
            sameSite: "lax",
            secure,
            path: "/",
            maxAge: maxAgeSeconds,
          });
        },
        clearSession() {
          res.clearCookie(cookieName, { httpOnly: true, sameSite: "lax", secure, path: "/" });
        },
      },
    };
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      maxBatchSize: MAX_BATCH_SIZE,
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "procedure failed");
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  // The built apps. Each mount falls back to its own index.html so client-side routes survive a reload.
  let decorated = false;
  const mounted: { prefix: string; index: string }[] = [];
  for (const m of MOUNTS) {
    if (m.prefix === STORYBOOK_PREFIX && !serveStorybook) continue;
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
    const hidden = !serveStorybook && `${url}/`.startsWith(STORYBOOK_PREFIX);
    if (req.method === "GET" && !url.startsWith("/api/") && !hidden && accepts.includes("text/html")) {
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
