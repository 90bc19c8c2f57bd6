import { useTRPC } from "@hall/api-client";
import { labelOf, PRIORITY_CLASS_LABELS } from "@hall/domain";
import { ErrorAlert, useLocale, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Tag } from "antd";
import { useEffect } from "react";
import { colors } from "../../components/colors.ts";
import { Panel } from "../../components/page-title.tsx";
import { useBoardFeed } from "../board-feed.ts";

/**
 * 本窗口排队: how many wait for this window, the next few in calling order (priority, booked or walk-in, transferred)
 * and the longest wait — from `queue.windowQueue`, read again on every event of the hall's board (SSE).
 */
export function QueuePanel({ hallId, windowId }: { hallId: number; windowId: number }) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const queue = useQuery(trpc.queue.windowQueue.queryOptions({ windowId }));
  const feed = useBoardFeed({ hallId });
  const { refetch } = queue;
  useEffect(() => {
    if (feed.board) void refetch();
  }, [feed.board, refetch]);
  const q = queue.data;
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.console.queueTitle")}</h2>
      <ErrorAlert error={queue.error} />
      {q && (
        <div data-testid="window-queue">
          <div style={{ display: "flex", gap: 16, alignItems: "baseline", marginBottom: 8 }}>
            <strong data-testid="queue-waiting" style={{ fontSize: 24 }}>
              {t("appointments.queue.console.queueWaiting", { n: q.waiting })}
            </strong>
            {q.longestWaitMinutes !== null && (
              <span data-testid="queue-longest" style={{ color: colors.textSecondary }}>
                {t("appointments.queue.console.queueLongest", { n: q.longestWaitMinutes })}
              </span>
            )}
          </div>
          {q.next.length === 0 ? (
            <span style={{ color: colors.textSecondary }}>{t("appointments.queue.console.queueEmpty")}</span>
          ) : (
            <ol style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {q.next.map((n) => (
                <li
                  key={n.ticketId}
                  style={{
                    display: "flex",
                    gap: 8,
                    alignItems: "center",
                    flexWrap: "wrap",
                    padding: "6px 0",
                    borderTop: `1px solid ${colors.split}`,
                  }}
                >
                  <strong style={{ fontSize: 18, minWidth: 56, fontVariantNumeric: "tabular-nums" }}>{n.number}</strong>
                  {n.priority !== "normal" && (
                    <Tag color={n.priority === "military" ? "red" : "orange"}>
                      {labelOf(PRIORITY_CLASS_LABELS, n.priority, locale)}
                    </Tag>
                  )}
                  <Tag color={n.booked ? "blue" : "default"}>
                    {t(n.booked ? "appointments.queue.console.booked" : "appointments.queue.console.walkIn")}
                  </Tag>
                  {n.transferred && <Tag color="purple">{t("appointments.queue.console.queueTransferred")}</Tag>}
                  <span style={{ flexBasis: "100%", fontSize: 12, color: colors.textSecondary }}>
                    {n.itemName} · {t("appointments.queue.console.queueWaited", { n: n.waitedMinutes })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Panel>
  );
}
