import type { BoardView } from "@hall/ui";
import { useEffect, useState } from "react";

export type BoardFeed = { board: BoardView | null; status: "connecting" | "open" | "reconnecting" | "error" };

/**
 * `queue.board` (a tRPC v11 subscription over SSE), read with the browser's own EventSource: the gateway sends one
 * `message` event per change with the board as JSON (`connected` / `ping` / `return` / `serialized-error` are tRPC's
 * control events). EventSource reconnects by itself after a drop.
 *
 * Not `httpSubscriptionLink` + `useSubscription`: @trpc/client ships that link in the same module as
 * `createTRPCClient`, so a static import from this page moved it into every page's first load (+2.5 kB gz,
 * /book over its 250 kB budget).
 */
export function useBoardFeed(input: { hallId?: number }, url = "/api/trpc"): BoardFeed {
  const [feed, setFeed] = useState<BoardFeed>({ board: null, status: "connecting" });
  const key = JSON.stringify(input);
  useEffect(() => {
    const source = new EventSource(`${url}/queue.board?input=${encodeURIComponent(key)}`, { withCredentials: true });
    const onMessage = (event: MessageEvent<string>) => {
      const board = JSON.parse(event.data) as BoardView;
      setFeed({ board, status: "open" });
    };
    const onError = () =>
      setFeed((f) => ({ ...f, status: source.readyState === EventSource.CLOSED ? "error" : "reconnecting" }));
    const onServerError = () => setFeed((f) => ({ ...f, status: "error" }));
    const onReturn = () => source.close();
    source.addEventListener("message", onMessage);
    source.addEventListener("error", onError);
    source.addEventListener("serialized-error", onServerError);
    source.addEventListener("return", onReturn);
    return () => source.close();
  }, [key, url]);
  return feed;
}
