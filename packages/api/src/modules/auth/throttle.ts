import type { Database, Kysely } from "@hall/db";
import {
  AUTH_THROTTLE,
  clientKeyOf,
  DomainError,
  decideAttempt,
  forgiveAttempt,
  type ThrottlePolicy,
} from "@hall/domain";
import type { Context } from "../../context.ts";
import {
  type CounterRow,
  lockCounter,
  lockExistingCounter,
  pruneCounters,
  writeCounter,
} from "./throttle.repository.ts";

/**
 * Sign-in and registration throttling, counted inside the procedures — so every call counts, however it arrives
 * (one per request, many in one batched request, or behind another path of a batch). The policies are the domain's
 * (`AUTH_THROTTLE`); each counter is a row of `auth_throttle`, locked while it is read and written, so concurrent
 * attempts are counted one after another on both databases and none slips past a limit.
 */

type Db = Kysely<Database>;

interface Counter {
  key: string;
  policy: ThrottlePolicy;
}

const keys = {
  client: (client: string) => `client:${client}`,
  loginClient: (account: string, client: string) => `login:${account}|${client}`,
  login: (account: string) => `login:${account}`,
  register: (client: string) => `register:${client}`,
};

function refuse(retryAfterMs: number): never {
  throw new DomainError("TOO_MANY_REQUESTS", "auth.rate_limited_for", {
    params: { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) },
  });
}

/**
 * Counts one attempt on every counter, in the order given (the same order in every transaction, so two cannot
 * deadlock). Refused by any → nothing is counted (the transaction rolls back) and the caller gets TOO_MANY_REQUESTS
 * with the wait. `skip` may leave out a later counter after seeing the earlier rows.
 */
async function countAttempt(
  db: Db,
  now: Date,
  counters: Counter[],
  skip?: (key: string, seen: Map<string, CounterRow>) => boolean,
): Promise<Map<string, CounterRow>> {
  return db.transaction().execute(async (tx) => {
    const seen = new Map<string, CounterRow>();
    for (const c of counters) {
      if (skip?.(c.key, seen)) continue;
      const row = await lockCounter(tx, c.key);
      const d = decideAttempt(c.policy, row, now);
      if (!d.allowed) refuse(d.retryAfterMs);
      await writeCounter(tx, c.key, d.next);
      seen.set(c.key, row);
    }
    return seen;
  });
}

/** Gives counted attempts back after a successful sign-in (`forgiveAttempt`); may mark the success on them. */
async function forgive(db: Db, counters: Counter[], successAt?: Date) {
  await db.transaction().execute(async (tx) => {
    for (const c of counters) {
      const row = await lockExistingCounter(tx, c.key);
      if (row) await writeCounter(tx, c.key, forgiveAttempt(c.policy, row), successAt);
    }
  });
}

export interface SignInAttempt {
  /** Call after the password matched: gives the attempt back and marks the client as known for this account. */
  succeeded(): Promise<void>;
}

/**
 * Admits one sign-in attempt to `account` (the user's id when the login exists, else the login as typed) from the
 * caller's address, or throws TOO_MANY_REQUESTS:
 * - per client address: 30 sign-in/registration calls a minute;
 * - per (account, client): exponential back-off after 5 attempts — only this client waits;
 * - per account, across the clients not known for it: 20 attempts per 15 minutes (the ceiling). A client that signed
 *   in to this account within 30 days is known and not held by the ceiling, so an attacker elsewhere cannot lock the
 *   real user out of their usual place, and many addresses together still cannot guess faster than the ceiling.
 */
export async function admitSignIn(
  ctx: Pick<Context, "db" | "ip" | "wallClock">,
  account: string,
): Promise<SignInAttempt> {
  const now = ctx.wallClock.now();
  const client = clientKeyOf(ctx.ip);
  const perClient = { key: keys.client(client), policy: AUTH_THROTTLE.perClient };
  const perAccountClient = { key: keys.loginClient(account, client), policy: AUTH_THROTTLE.perLoginClient };
  const perAccount = { key: keys.login(account), policy: AUTH_THROTTLE.perLogin };
  const knownSince = now.getTime() - AUTH_THROTTLE.knownClientMs;
  const seen = await countAttempt(ctx.db, now, [perClient, perAccountClient, perAccount], (key, rows) => {
    if (key !== perAccount.key) return false;
    const last = rows.get(perAccountClient.key)?.lastSuccessAt;
    return Boolean(last && last.getTime() > knownSince);
  });
  const countedCeiling = seen.has(perAccount.key);
  return {
    async succeeded() {
      await forgive(ctx.db, countedCeiling ? [perClient, perAccount] : [perClient]);
      await forgive(ctx.db, [perAccountClient], ctx.wallClock.now());
    },
  };
}

/**
 * Admits one registration from the caller's address, or throws TOO_MANY_REQUESTS: the per-client call limit shared
 * with sign-in, and a back-off on registrations per client that a success does not reset — every answer (created, or
 * "this phone is taken") tells something about which phones have accounts.
 */
export async function admitRegistration(ctx: Pick<Context, "db" | "ip" | "wallClock">): Promise<void> {
  const client = clientKeyOf(ctx.ip);
  await countAttempt(ctx.db, ctx.wallClock.now(), [
    { key: keys.client(client), policy: AUTH_THROTTLE.perClient },
    { key: keys.register(client), policy: AUTH_THROTTLE.registerPerClient },
  ]);
}

/** Forgets counters nobody has touched for a day, except those that still mark a known client. */
export async function pruneThrottle(db: Db, now: Date): Promise<void> {
  await pruneCounters(
    db,
    new Date(now.getTime() - 24 * 60 * 60_000),
    new Date(now.getTime() - AUTH_THROTTLE.knownClientMs),
  );
}
