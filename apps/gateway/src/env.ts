import { isIP } from "node:net";
import { z } from "zod";

/** Which peers may tell the client's address and protocol (X-Forwarded-For / -Proto): nobody, a hop count, or a list. */
export type TrustProxy = false | number | string[];

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [addr = "", prefix, ...rest] = entry.split("/");
  const family = isIP(addr);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset = trust no proxy (the socket's address is the client); a number = that many proxies in front
 * (only when the gateway cannot be reached except through them); otherwise a comma-separated list of proxy
 * addresses or CIDR ranges (or `loopback`, `linklocal`, `uniquelocal`).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? "";
  if (v === "" || v === "false" || v === "0") return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (bad.length || !entries.length) {
    throw new Error(`TRUST_PROXY: not a hop count or a list of addresses/CIDR ranges: ${bad.join(", ") || v}`);
  }
  return entries;
}

/** The only place that reads process.env. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL: give up opening a connection, or waiting for a free one, after this long (then 503). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** PostgreSQL: the server cancels a statement running longer (then 503); 0 = no limit. Not applied to the CLI. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /** PostgreSQL: connections per gateway process (mind max_connections when running several gateways). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** /healthz answers 503 when `select 1` takes longer than this. */
  DB_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  /** PGlite files; relative paths are taken from where the command was run. Default: <repo>/.data */
  DATA_DIR: z.string().optional(),
  INIT_CWD: z.string().optional(),
  /** Start the clock at this instant and let it run on (demos, browser tests). */
  HALL_NOW: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), "HALL_NOW must be an ISO instant, e.g. 2026-11-23T09:00:00+08:00")
    .optional(),
  /**
   * Always use the Secure `__Host-` session cookie, even when a request does not look like HTTPS (e.g. TLS ends at a
   * proxy that is not in TRUST_PROXY). Requests that arrive over HTTPS get it anyway.
   */
  COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
  /** The proxies in front of the gateway (see parseTrustProxy). Unset: none — X-Forwarded-* headers are ignored. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, c): TrustProxy => {
      try {
        return parseTrustProxy(v);
      } catch (e) {
        c.addIssue({ code: "custom", message: (e as Error).message });
        return z.NEVER;
      }
    }),
  /** A session unused for this long ends (besides the absolute 12 hours). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(120),
  /** Serve Storybook at /storybook/. Default: only on the embedded demo database (no DATABASE_URL). */
  SERVE_STORYBOOK: z.enum(["true", "false"]).optional(),
  /**
   * The personal-data key: base64 of 32 random bytes (`openssl rand -base64 32`). ID and phone numbers are stored
   * encrypted with it (AES-256-GCM) and found by a keyed hash derived from it. Required with DATABASE_URL; without it
   * the embedded database uses DATA_DIR/pii.key, generated on the first start. See docs/operations.md.
   */
  PII_KEY: z
    .string()
    .trim()
    .refine(
      (s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, "base64").length === 32,
      "PII_KEY must be the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`",
    )
    .optional(),
  /** The id stored with every value sealed under PII_KEY ("v1:…"); a new key gets a new id. */
  PII_KEY_ID: z
    .string()
    .regex(/^[a-z0-9]{1,16}$/, "PII_KEY_ID: 1–16 lower-case letters or digits, e.g. v2")
    .default("v1"),
  /** Keys being rotated out, "id:base64,…": they still open older values until `cli rotate-pii` has re-sealed them. */
  PII_PREVIOUS_KEYS: z.string().optional(),
  /** Requests per minute per IP on the API (sign-in has its own, tighter limit). */
  API_RATE_LIMIT: z.coerce.number().int().positive().default(1200),
  /** "info" logs every request; the default keeps the console for warnings and errors. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
});
export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (DATABASE_URL= …) means "not set".
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZEnv.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Storybook is a developer tool: served on the embedded demo, in production only when asked for. */
export function servesStorybook(env: Pick<Env, "DATABASE_URL" | "SERVE_STORYBOOK">): boolean {
  return env.SERVE_STORYBOOK ? env.SERVE_STORYBOOK === "true" : !env.DATABASE_URL;
}
