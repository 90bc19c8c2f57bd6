import { z } from "zod";

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
  /** Mark cookies Secure (behind HTTPS). */
  COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
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
