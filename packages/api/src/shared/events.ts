import type { DbHandle } from "@hall/db";

/** Channel the queue notifies on when the calls of a hall change (payload: the hall id). */
export const BOARD_CHANNEL = "hall_board";

/**
 * Live events across gateway instances: a service NOTIFYs inside its transaction (delivered on commit), every
 * instance LISTENs once and fans out to its subscribers (the calling displays connected to it).
 */
export interface HallEvents {
  /** Calls `listener` whenever the board of `hallId` changes; returns the unsubscribe function. */
  onBoard(hallId: number, listener: () => void): Promise<() => void>;
}

export function createHallEvents(handle: Pick<DbHandle, "listen">): HallEvents {
  const listeners = new Map<number, Set<() => void>>();
  let listening: Promise<unknown> | null = null;
  const dispatch = (payload: string) => {
    for (const l of listeners.get(Number(payload)) ?? []) l();
  };
  // The LISTEN connection was lost (database restart, failover) and is back: whatever was notified in between is
  // gone, so every subscriber re-reads its state — a calling display shows the current board, not a stale one.
  const wakeAll = () => {
    for (const set of listeners.values()) for (const l of set) l();
  };
  return {
    async onBoard(hallId, listener) {
      // A first LISTEN that fails (the database is down) is tried again by the next subscriber, not cached.
      listening ??= handle.listen(BOARD_CHANNEL, dispatch, { onReconnect: wakeAll }).catch((err: unknown) => {
        listening = null;
        throw err;
      });
      await listening;
      const set = listeners.get(hallId) ?? new Set();
      set.add(listener);
      listeners.set(hallId, set);
      return () => set.delete(listener);
    },
  };
}

/** Turns change signals into an async iterable that ends when `signal` aborts; bursts collapse into one wake-up. */
export async function* changes(subscribe: (wake: () => void) => Promise<() => void>, signal: AbortSignal | undefined) {
  let pending = false;
  let wake: (() => void) | null = null;
  const unsubscribe = await subscribe(() => {
    pending = true;
    wake?.();
  });
  const aborted = new Promise<void>((resolve) => signal?.addEventListener("abort", () => resolve(), { once: true }));
  try {
    while (!signal?.aborted) {
      if (!pending) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
        wake = null;
      }
      if (signal?.aborted) break;
      pending = false;
      yield;
    }
  } finally {
    unsubscribe();
  }
}
