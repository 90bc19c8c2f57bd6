import { z } from "zod";

/** The only place that reads process.env. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
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
