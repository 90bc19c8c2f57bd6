import type { Database, Kysely } from "@hall/db";
import type { ThrottleState } from "@hall/domain";

/** The rows of `auth_throttle`: one counter per throttle key (see throttle.ts). */

type Db = Kysely<Database>;

export interface CounterRow extends ThrottleState {
  lastSuccessAt: Date | null;
}

const toRow = (r: {
  count: number;
  window_start: Date | null;
  blocked_until: Date | null;
  last_at: Date | null;
  last_success_at: Date | null;
}): CounterRow => ({
  count: r.count,
  windowStart: r.window_start,
  blockedUntil: r.blocked_until,
  lastAt: r.last_at,
  lastSuccessAt: r.last_success_at,
});

/**
 * Inserts the counter if missing, locks it for the rest of the transaction and returns it. The no-op update on
 * conflict takes the row lock, so a concurrent attempt on the same key waits for this transaction to end.
 */
export async function lockCounter(tx: Db, key: string): Promise<CounterRow> {
  const row = await tx
    .insertInto("auth_throttle")
    .values({ key })
    .onConflict((oc) => oc.column("key").doUpdateSet({ key: (eb) => eb.ref("excluded.key") }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRow(row);
}

/** Locks an existing counter; undefined when there is none. */
export async function lockExistingCounter(tx: Db, key: string): Promise<CounterRow | undefined> {
  const row = await tx.selectFrom("auth_throttle").selectAll().where("key", "=", key).forUpdate().executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function writeCounter(tx: Db, key: string, s: ThrottleState, lastSuccessAt?: Date): Promise<void> {
  await tx
    .updateTable("auth_throttle")
    .set({
      count: s.count,
      window_start: s.windowStart,
      blocked_until: s.blockedUntil,
      last_at: s.lastAt,
      ...(lastSuccessAt ? { last_success_at: lastSuccessAt } : {}),
    })
    .where("key", "=", key)
    .execute();
}

/** Deletes counters quiet since `quietSince` unless they mark a success after `knownSince`. */
export async function pruneCounters(db: Db, quietSince: Date, knownSince: Date): Promise<void> {
  await db
    .deleteFrom("auth_throttle")
    .where((eb) =>
      eb.and([
        eb.or([eb("last_at", "<", quietSince), eb("last_at", "is", null)]),
        eb.or([eb("last_success_at", "is", null), eb("last_success_at", "<", knownSince)]),
      ]),
    )
    .execute();
}
