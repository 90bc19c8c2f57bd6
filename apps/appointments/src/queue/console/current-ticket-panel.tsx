import { labelOf, PRIORITY_CLASS_LABELS } from "@hall/domain";
import { useLocale, useT } from "@hall/ui";
import { Button, Space, Tag } from "antd";
import type { ReactNode } from "react";
import { colors } from "../../components/colors.ts";
import { Panel } from "../../components/page-title.tsx";
import { offers, type Ticket } from "./types.ts";
import type { Counter } from "./use-counter.ts";

/** The ticket at the counter: number, item, tags, and the buttons of the actions the server offers. */
export function CurrentTicketPanel({
  ticket,
  counter,
  onRecall,
  onPass,
  onComplete,
  onTransfer,
  children,
}: {
  ticket: Ticket;
  counter: Counter;
  onRecall: () => void;
  onPass: () => void;
  onComplete: () => void;
  onTransfer: () => void;
  /** The refusal request box, below the buttons. */
  children?: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Panel>
      <div data-testid="current-ticket" style={{ display: "flex", gap: 16, alignItems: "center", flexWrap: "wrap" }}>
        <div style={{ fontSize: 56, fontWeight: 800, lineHeight: 1, color: colors.primary }}>{ticket.number}</div>
        <div style={{ flex: 1, minWidth: 200 }}>
          <div style={{ fontSize: 18, fontWeight: 600 }}>{ticket.itemName ?? "—"}</div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag color={ticket.booked ? "blue" : "default"}>
              {ticket.booked ? t("appointments.queue.console.booked") : t("appointments.queue.console.walkIn")}
            </Tag>
            {ticket.priority !== "normal" && (
              <Tag color="orange">{labelOf(PRIORITY_CLASS_LABELS, ticket.priority, locale)}</Tag>
            )}
            <Tag>
              {ticket.status === "serving"
                ? t("appointments.queue.console.statusServing")
                : t("appointments.queue.console.statusCalled")}
            </Tag>
          </Space>
        </div>
      </div>
      <Space wrap style={{ marginTop: 16 }}>
        <Button size="large" disabled={!offers(ticket, "recall")} loading={counter.recall.isPending} onClick={onRecall}>
          {t("appointments.queue.console.recall", { n: ticket.recalls, max: ticket.recallLimit })}
        </Button>
        <Button size="large" disabled={!offers(ticket, "pass")} loading={counter.pass.isPending} onClick={onPass}>
          {t("appointments.queue.console.pass")}
        </Button>
        <Button
          size="large"
          disabled={!offers(ticket, "start")}
          loading={counter.start.isPending}
          onClick={() => counter.start.mutate({ ticketId: ticket.ticketId })}
        >
          {t("appointments.queue.console.start")}
        </Button>
        <Button size="large" disabled={!offers(ticket, "transfer")} onClick={onTransfer}>
          {t("appointments.queue.console.transfer")}
        </Button>
        <Button size="large" type="primary" disabled={!offers(ticket, "complete")} onClick={onComplete}>
          {t("appointments.queue.console.complete")}
        </Button>
      </Space>
      {children}
    </Panel>
  );
}
