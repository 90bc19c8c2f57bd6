import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, TicketCard, useT } from "@hall/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Skeleton } from "antd";
import { useEffect } from "react";
import { Link } from "react-router";
import { colors } from "../components/colors.ts";
import { Panel } from "../components/page-title.tsx";
import { useBoardFeed } from "./board-feed.ts";
import "./queue.messages.ts";

export type MyTicket = RouterOutputs["queue"]["mine"][number];

/**
 * The citizen's tickets of today (`queue.mine`), read again whenever the hall's calling display changes
 * (`queue.board` over SSE): a call, a completion, a new ticket — so the ahead count, the wait and "your turn" follow.
 */
export function useMyTickets(hallId: number | undefined, enabled = true) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...trpc.queue.mine.queryOptions(), enabled });
  const liveHall = hallId ?? mine.data?.[0]?.hallId;
  return { mine, liveHall, invalidate: () => queryClient.invalidateQueries({ queryKey: trpc.queue.mine.queryKey() }) };
}

/** Reads `queue.mine` again on every event of the hall's board. */
function LiveRefresh({ hallId, onChange }: { hallId: number | undefined; onChange: () => void }) {
  const feed = useBoardFeed(hallId === undefined ? {} : { hallId });
  useEffect(() => {
    if (feed.board) onChange();
  }, [feed.board]);
  return null;
}

/** Where one ticket stands, in words: your turn at window N, N ahead and about M minutes, done → rate. */
export function MyTicketStatus({ ticket }: { ticket: MyTicket }) {
  const t = useT();
  switch (ticket.status) {
    case "called":
      return (
        <Alert
          data-testid="ticket-called"
          type="success"
          showIcon
          role="alert"
          title={
            <span style={{ fontSize: 20, fontWeight: 700 }}>
              {t("appointments.queue.mine.called", {
                number: ticket.window?.number ?? "",
                name: ticket.window?.name ?? "",
              })}
            </span>
          }
          description={t("appointments.queue.mine.calledHint")}
        />
      );
    case "serving":
      return (
        <Alert
          type="info"
          showIcon
          title={t("appointments.queue.mine.serving", { number: ticket.window?.number ?? "" })}
        />
      );
    case "passed":
      return <Alert type="warning" showIcon title={t("appointments.queue.mine.passed")} />;
    case "done":
      return (
        <Alert
          type="success"
          showIcon
          title={t("appointments.queue.mine.done")}
          action={
            <Link to={`/rate/${ticket.ticketId}`} data-testid="rate-link">
              {t("appointments.queue.mine.rate")}
            </Link>
          }
        />
      );
    default:
      return (
        <div data-testid="ticket-wait" style={{ display: "flex", gap: 12, textAlign: "center" }}>
          <div style={{ flex: 1, padding: 12, background: colors.pageBg, borderRadius: 8 }}>
            <div style={{ fontSize: 13, color: colors.textSecondary }}>{t("appointments.queue.mine.ahead")}</div>
            <div data-testid="ticket-ahead" style={{ fontSize: 32, fontWeight: 700 }}>
              {ticket.ahead ?? "–"}
            </div>
          </div>
          <div style={{ flex: 1, padding: 12, background: colors.pageBg, borderRadius: 8 }}>
            <div style={{ fontSize: 13, color: colors.textSecondary }}>{t("appointments.queue.mine.wait")}</div>
            <div data-testid="ticket-estimate" style={{ fontSize: 32, fontWeight: 700 }}>
              {ticket.estimatedWaitMinutes === 0
                ? t("appointments.queue.mine.soon")
                : t("appointments.queue.mine.minutes", { n: ticket.estimatedWaitMinutes ?? "–" })}
            </div>
          </div>
        </div>
      );
  }
}

/** One of the citizen's tickets, live: number, item, where it stands. */
export function MyTicketPanel({ ticketId, hallId }: { ticketId: number; hallId?: number | undefined }) {
  const t = useT();
  const { mine, liveHall, invalidate } = useMyTickets(hallId);
  const ticket = mine.data?.find((x) => x.ticketId === ticketId);
  if (mine.isLoading) return <Skeleton active />;
  if (mine.error) return <ErrorAlert error={mine.error} />;
  if (!ticket) {
    return (
      <Panel>
        <span style={{ color: colors.textSecondary }}>{t("appointments.queue.mine.notToday")}</span>
      </Panel>
    );
  }
  return (
    <div aria-live="polite">
      <LiveRefresh hallId={liveHall} onChange={invalidate} />
      <TicketCard number={ticket.number} zone={ticket.zone} itemName={ticket.itemName} />
      <div style={{ maxWidth: 420, marginInline: "auto", marginTop: 16 }}>
        <MyTicketStatus ticket={ticket} />
      </div>
    </div>
  );
}

/** Today's tickets of the citizen that are not finished, each opening its live ticket screen. */
export function MyTicketsList({ hallId, title }: { hallId?: number | undefined; title?: string }) {
  const t = useT();
  const { mine, liveHall, invalidate } = useMyTickets(hallId);
  const open = (mine.data ?? []).filter((x) => x.status !== "done");
  const rateable = (mine.data ?? []).filter((x) => x.status === "done");
  if (mine.isLoading || (open.length === 0 && rateable.length === 0)) return null;
  return (
    <Panel>
      <LiveRefresh hallId={liveHall} onChange={invalidate} />
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{title ?? t("appointments.queue.mine.title")}</h2>
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="my-tickets">
        {[...open, ...rateable].map((x) => (
          <li key={x.ticketId} style={{ borderTop: `1px solid ${colors.split}` }}>
            <Link
              to={x.status === "done" ? `/rate/${x.ticketId}` : `/ticket?t=${x.ticketId}`}
              style={{ display: "flex", gap: 12, alignItems: "center", padding: "10px 0", color: colors.text }}
            >
              <strong style={{ fontSize: 20, fontVariantNumeric: "tabular-nums", minWidth: 64 }}>{x.number}</strong>
              <span style={{ flex: 1, minWidth: 0 }}>
                <span style={{ display: "block" }}>{x.itemName}</span>
                <span style={{ display: "block", fontSize: 13, color: colors.textSecondary }}>
                  {x.status === "called"
                    ? t("appointments.queue.mine.called", {
                        number: x.window?.number ?? "",
                        name: x.window?.name ?? "",
                      })
                    : x.status === "done"
                      ? t("appointments.queue.mine.rate")
                      : x.ahead !== null
                        ? t("appointments.queue.mine.aheadShort", { n: x.ahead, m: x.estimatedWaitMinutes ?? 0 })
                        : t(`appointments.queue.mine.status.${x.status}`)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
