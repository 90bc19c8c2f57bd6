import { type Kysely, sql } from "kysely";

/**
 * SQLSTATEs that mean "the database cannot answer right now", not "this request is wrong":
 * connection exceptions (class 08), the server shutting down or starting up (57P01–57P03), too many connections
 * (53300) and a statement cancelled by statement_timeout (57014).
 */
const UNAVAILABLE_STATES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);

/** Socket errors of a connection that could not be opened or was cut. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
]);

/** What `pg`, `pg-pool` and kysely say when a connection is gone or could not be had in time. */
const DRIVER_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "timeout expired", // pg.Client's own connect timeout
  "Query read timeout",
  "is not queryable",
  "Postgres connection has been discarded",
  "Cannot use a pool after calling end",
];

/**
 * True when an error means the database is unreachable, restarting or too slow — a fault of the moment that the
 * caller may retry (the API answers 503), as opposed to a refused or malformed request.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  if (UNAVAILABLE_STATES.has(code) || code.startsWith("08") || SOCKET_CODES.has(code)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  if (DRIVER_MESSAGES.some((m) => message.includes(m))) return true;
  // Node reports a failed connection to several addresses (localhost → ::1, 127.0.0.1) as an AggregateError.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** `select 1` within `timeoutMs`: false when the database does not answer in time or answers with an error. */
// biome-ignore lint/suspicious/noExplicitAny: any schema will do for select 1
export async function pingDatabase(db: Kysely<any>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([sql`select 1`.execute(db).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
