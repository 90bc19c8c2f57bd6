import { hallTime } from "../booking/format.ts";
import { useQueueUiT } from "./messages.ts";

export type TicketCardProps = {
  /** The ticket number, e.g. "A012". */
  number: string;
  /** The zone where it is called, e.g. "综合受理区". */
  zone?: string | null;
  itemName?: string | null;
  /** ISO instant the ticket was issued. */
  issuedAt?: string | null;
  /** An extra line under the number (e.g. the priority). */
  note?: string | null;
};

/** 取号凭条: the ticket number very large, the zone, the service and the time, as printed by a kiosk. */
export function TicketCard({ number, zone, itemName, issuedAt, note }: TicketCardProps) {
  const t = useQueueUiT();
  return (
    <section
      data-testid="ticket-card"
      aria-label={t("queueUi.ticket.number")}
      style={{
        border: "2px dashed #1677ff",
        borderRadius: 12,
        background: "#fff",
        padding: "20px 16px",
        textAlign: "center",
        maxWidth: 420,
        marginInline: "auto",
      }}
    >
      <div style={{ fontSize: 16, color: "rgba(0,0,0,0.65)" }}>{t("queueUi.ticket.number")}</div>
      <div
        data-testid="ticket-number"
        style={{
          fontSize: 72,
          lineHeight: 1.1,
          fontWeight: 800,
          letterSpacing: 4,
          color: "#0b2a5b",
          fontVariantNumeric: "tabular-nums",
          margin: "8px 0",
        }}
      >
        {number}
      </div>
      {note && <div style={{ fontSize: 16, fontWeight: 600, color: "#ad4e00", marginBottom: 6 }}>{note}</div>}
      {zone && <div style={{ fontSize: 18 }}>{t("queueUi.ticket.zone", { zone })}</div>}
      {itemName && <div style={{ fontSize: 15, marginTop: 4 }}>{t("queueUi.ticket.item", { item: itemName })}</div>}
      {issuedAt && (
        <div style={{ fontSize: 13, marginTop: 4, color: "rgba(0,0,0,0.65)" }}>
          {t("queueUi.ticket.issuedAt", { time: hallTime(issuedAt) })}
        </div>
      )}
      <p style={{ margin: "12px 0 0", fontSize: 13, color: "rgba(0,0,0,0.65)" }}>{t("queueUi.ticket.hint")}</p>
    </section>
  );
}
