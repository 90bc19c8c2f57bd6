import type pg from "pg";

export interface ReconnectingListenOptions {
  /** A validated identifier (see quoteIdent in create-db.ts). */
  channel: string;
  /** A fresh, unconnected client that already has an 'error' listener. */
  newClient: () => pg.Client;
  onPayload: (payload: string) => void;
  /** Called after the connection was lost and LISTEN is in place again: notifications of the gap are lost. */
  onReconnect?: (() => void) | undefined;
  report: (message: string) => void;
  /** First back-off delay; doubles per failed attempt up to maxDelayMs (with jitter). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A `select 1` on the connection this often, so a silently dead connection is noticed (0 = never). */
  heartbeatMs?: number;
}

/**
 * LISTEN on a dedicated connection that outlives the database going away: when the connection breaks it is
 * discarded and a new one is opened with exponential back-off (forever, until stopped) and LISTENs again.
 * Resolves once the first LISTEN is in place (rejects if that first attempt fails); returns the stop function.
 */
export async function listenWithReconnect(o: ReconnectingListenOptions): Promise<() => Promise<void>> {
  const minDelay = o.minDelayMs ?? 250;
  const maxDelay = o.maxDelayMs ?? 10_000;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let failures = 0;

  const open = async (): Promise<pg.Client> => {
    const c = o.newClient();
    c.on("notification", (msg) => {
      if (msg.channel === o.channel) o.onPayload(msg.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${o.channel}`);
      return c;
    } catch (err) {
      c.end().catch(() => {});
      throw err;
    }
  };

  const lost = (c: pg.Client, reason: string) => {
    if (client !== c) return; // already handled ('error' and 'end' both fire)
    client = null;
    c.removeAllListeners("notification");
    c.end().catch(() => {});
    if (stopped) return;
    o.report(`postgres: LISTEN ${o.channel} connection lost (${reason}); reconnecting`);
    schedule();
  };

  const adopt = (c: pg.Client) => {
    client = c;
    c.once("error", (err) => lost(c, err.message));
    c.once("end", () => lost(c, "connection closed"));
  };

  const schedule = () => {
    const backoff = Math.min(maxDelay, minDelay * 2 ** failures);
    const delay = Math.round(backoff * (0.5 + Math.random() / 2));
    failures++;
    retry = setTimeout(async () => {
      retry = null;
      try {
        const c = await open();
        if (stopped) {
          await c.end().catch(() => {});
          return;
        }
        adopt(c);
        failures = 0;
        o.report(`postgres: LISTEN ${o.channel} restored`);
        o.onReconnect?.();
      } catch {
        if (!stopped) schedule();
      }
    }, delay);
  };

  adopt(await open());
  if (o.heartbeatMs) {
    heartbeat = setInterval(() => {
      const c = client;
      // A failed heartbeat means the socket is gone or hangs; the client's read timeout or 'end' reconnects.
      c?.query("select 1").catch((err: Error) => {
        if (client === c) {
          (c as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
          lost(c, err.message);
        }
      });
    }, o.heartbeatMs);
    heartbeat.unref();
  }

  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    if (heartbeat) clearInterval(heartbeat);
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners("notification");
      await c.end().catch(() => {});
    }
  };
}
