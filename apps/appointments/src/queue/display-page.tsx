import { useTRPC } from "@hall/api-client";
import { CallingBoard, formatLongDate, hallDate, useLocale, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { hallInput, useHallParam } from "../hall.ts";
import { useBoardFeed } from "./board-feed.ts";
import "./queue.messages.ts";

const TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * The hall clock, ticking every second: "2026年11月23日 周一 09:41:15". It follows the server's clock (each board
 * event carries it), not the TV's own, which may be wrong or — in a demo — hours away from the hall's.
 */
function useHallClock(serverNow: string | undefined): string {
  const { locale } = useLocale();
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  useEffect(() => {
    setNow(new Date(Date.now() + offset));
    const timer = window.setInterval(() => setNow(new Date(Date.now() + offset)), 1000);
    return () => window.clearInterval(timer);
  }, [offset]);
  return `${formatLongDate(hallDate(now), locale)} ${TIME.format(now)}`;
}

function Board() {
  const t = useT();
  const trpc = useTRPC();
  const { hallId } = useHallParam();
  const board = useBoardFeed(hallInput(hallId));
  const halls = useQuery(trpc.catalog.halls.queryOptions());
  const hall = halls.data?.find((h) => h.id === (hallId ?? board.board?.hallId)) ?? halls.data?.[0];
  const clock = useHallClock(board.board?.now);
  useEffect(() => {
    document.title = t("appointments.queue.display.title");
  }, [t]);
  const offline = board.status === "error" || board.status === "reconnecting";
  return (
    <div style={{ position: "fixed", inset: 0, overflow: "auto" }} data-status={board.status}>
      <CallingBoard board={board.board} hallName={hall?.name} clock={clock} offline={offline} />
    </div>
  );
}

/**
 * `/display` (no shell, public): the calling display on the hall's TV. `queue.board` over SSE pushes every change
 * of the calls within a second (any gateway instance, PostgreSQL LISTEN/NOTIFY); `?hall=` picks the hall.
 */
export function DisplayPage() {
  return <Board />;
}
