import type { BoardView } from "@hall/ui";
import { useEffect, useState } from "react";

export type BoardFeed = { board: BoardView | null; status: "connecting" | "open" | "reconnecting" | "error" };

/**
 * `queue.board` (a tRPC v11 subscription over SSE), read with the browser's own EventSource: the gateway sends one
 * `message` event per change with the board as JSON (`connected` / `ping` / `return` / `serialized-error` are tRPC's
 * control events). EventSource reconnects by itself after a drop; when it gives up (an error status), a new one is opened
 * with back-off.
 *
 * Not `httpSubscriptionLink` + `useSubscription`: @trpc/client ships that link in the same module as
 * `createTRPCClient`, so a static import from this page moved it into every page's first load (+2.5 kB gz,
 * /book over its 250 kB budget).
 */
export function useBoardFeed(input: { hallId?: number }, url = "/api/trpc"): BoardFeed {
  const [feed, setFeed] = useState<BoardFeed>({ board: null, status: "connecting" });
  const key = JSON.stringify(input);
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let stopped = false;
    // EventSource retries a dropped stream by itself, but gives up for good when a (re)connect is answered with an
    // error status (a 503 while the database is away): then open a new one, backing off up to 30 s, so a display
    // never stays stale after an outage.
    const reopenLater = () => {
      if (stopped || retry) return;
      const delay = Math.min(30_000, 2_000 * 2 ** Math.min(failures, 4));
      failures += 1;
      retry = setTimeout(() => {
        retry = null;
        connect();
      }, delay);
    };
    const connect = () => {
      const es = new EventSource(`${url}/queue.board?input=${encodeURIComponent(key)}`, { withCredentials: true });
      source = es;
      es.addEventListener("message", (event: MessageEvent<string>) => {
        failures = 0;
        setFeed({ board: JSON.parse(event.data) as BoardView, status: "open" });
      });
      es.addEventListener("error", () => {
        setFeed((f) => ({ ...f, status: "reconnecting" }));
        if (es.readyState === EventSource.CLOSED) reopenLater();
      });
      es.addEventListener("serialized-error", () => setFeed((f) => ({ ...f, status: "error" })));
      es.addEventListener("return", () => es.close());
    };
    connect();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [key, url]);
  return feed;
}
