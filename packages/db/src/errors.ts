/** True when a driver error is a PostgreSQL unique violation (23505), optionally on a named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string } | null;
  if (e?.code !== "23505") return false;
  if (!constraint) return true;
  return e.constraint === constraint || (e.message ?? "").includes(constraint);
}

/** True for serialization failures and deadlocks, which a transaction may retry. */
export function isRetryableTxError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === "40001" || code === "40P01";
}

/** A PostgreSQL error as the drivers (pg, PGlite) report it. */
interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
  message?: string;
}

/**
 * What a refused statement means for the caller, from its SQLSTATE — so a constraint the database enforces never
 * surfaces as a 500. `column` is the offending column when the server names it (foreign keys: "Key (item_id)=…").
 */
export type DbRefusal =
  | { kind: "missing_reference"; column: string | null }
  | { kind: "still_referenced"; column: string | null }
  | { kind: "invalid_value"; column: string | null }
  | { kind: "conflict"; column: string | null };

export function classifyDbRefusal(err: unknown): DbRefusal | null {
  const e = err as PgError | null;
  const code = e?.code;
  if (typeof code !== "string" || code.length !== 5) return null;
  const keyColumn = /Key \(([a-z0-9_]+)\)/.exec(e?.detail ?? "")?.[1] ?? e?.column ?? null;
  if (code === "23503") {
    const referenced = /still referenced/.test(e?.detail ?? "") || /still referenced/.test(e?.message ?? "");
    return { kind: referenced ? "still_referenced" : "missing_reference", column: keyColumn };
  }
  if (code === "23505" || code === "23P01" || code === "23514") return { kind: "conflict", column: keyColumn };
  if (code === "23502") return { kind: "invalid_value", column: e?.column ?? null };
  // Class 22 — data exception: out-of-range numbers, invalid text representation, value too long, bad dates.
  if (code.startsWith("22")) return { kind: "invalid_value", column: e?.column ?? null };
  return null;
}
