import { DEFAULT_BOOKING_SETTINGS } from "@hall/domain";
import { Button, Modal, theme } from "antd";
import { type ReactNode, useState } from "react";
import { useLocale } from "../i18n/i18n-provider.tsx";
import { BookingStatusTag } from "./booking-status-tag.tsx";
import { formatSlotRange } from "./format.ts";
import { useBookingT } from "./messages.ts";
import type { BookingView } from "./types.ts";

export type BookingCardProps = {
  /** The booking as the server shows it (status, time, code, `cancellable`). */
  booking: BookingView;
  /** Called after the citizen confirms the dialog; the dialog stays busy until the promise settles. */
  onCancel?: (booking: BookingView) => Promise<unknown> | undefined;
  /** Shows 改约 for a confirmed booking. */
  onReschedule?: (booking: BookingView) => void;
  /** For the reason shown once a confirmed booking can no longer be cancelled (the hall's setting). */
  cancelDeadlineMinutes?: number;
  /** Extra content under the details (e.g. a QR code). */
  extra?: ReactNode;
};

/**
 * One booking: item, status, time (Asia/Shanghai), hall and the booking code in large type. A confirmed booking
 * offers 改约 and 取消预约 (with a confirm dialog); past the cancel deadline both are disabled and the reason is
 * shown (the server's `cancellable` decides, the component only explains).
 */
export function BookingCard({
  booking,
  onCancel,
  onReschedule,
  cancelDeadlineMinutes = DEFAULT_BOOKING_SETTINGS.cancelDeadlineMinutes,
  extra,
}: BookingCardProps) {
  const t = useBookingT();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const time = formatSlotRange(booking.start, booking.end, locale);
  const active = booking.status === "confirmed";
  const locked = active && !booking.cancellable;
  const reasonId = `booking-${booking.id}-reason`;

  const confirmCancel = async () => {
    setBusy(true);
    try {
      await onCancel?.(booking);
    } catch {
      // The page shows the server's message; the dialog just closes.
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const row = (label: string, value: ReactNode) => (
    <div style={{ display: "flex", gap: 8, fontSize: 14, lineHeight: "22px" }}>
      <span style={{ flex: "0 0 auto", color: token.colorTextSecondary, minWidth: 64 }}>{label}</span>
      <span style={{ minWidth: 0, overflowWrap: "anywhere" }}>{value}</span>
    </div>
  );

  return (
    <article
      aria-label={booking.itemName}
      data-testid="booking-card"
      data-status={booking.status}
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: 16,
        opacity: active || booking.status === "checked_in" ? 1 : 0.85,
      }}
    >
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: 8 }}>
        <h3 style={{ margin: 0, fontSize: 16, lineHeight: "24px", minWidth: 0, overflowWrap: "anywhere" }}>
          {booking.itemName}
        </h3>
        <BookingStatusTag status={booking.status} />
      </header>
      <div style={{ marginTop: 8, display: "grid", gap: 2 }}>
        {row(t("booking.time"), <span style={{ fontVariantNumeric: "tabular-nums" }}>{time}</span>)}
        {row(t("booking.hall"), booking.hallName)}
        {row(
          t("booking.code"),
          <span
            data-testid="booking-code"
            style={{
              fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
              fontSize: 20,
              fontWeight: 600,
              letterSpacing: 2,
              color: active ? token.colorPrimary : token.colorTextSecondary,
              textDecoration: booking.status === "cancelled" ? "line-through" : undefined,
            }}
          >
            {booking.code}
          </span>,
        )}
      </div>
      {extra}
      {active && (onCancel || onReschedule) && (
        <footer style={{ marginTop: 12 }}>
          <div style={{ display: "flex", gap: 8, justifyContent: "flex-end", flexWrap: "wrap" }}>
            {onReschedule && (
              <Button
                disabled={locked}
                aria-describedby={locked ? reasonId : undefined}
                onClick={() => onReschedule(booking)}
              >
                {t("booking.reschedule")}
              </Button>
            )}
            {onCancel && (
              <Button
                danger
                disabled={locked}
                aria-describedby={locked ? reasonId : undefined}
                onClick={() => setConfirming(true)}
              >
                {t("booking.cancel")}
              </Button>
            )}
          </div>
          {locked && (
            <p
              id={reasonId}
              data-testid="not-cancellable-reason"
              style={{ margin: "8px 0 0", fontSize: 13, color: "#874d00", textAlign: "right" }}
            >
              {t("booking.cancelDeadlinePassed", { minutes: cancelDeadlineMinutes })}
            </p>
          )}
        </footer>
      )}
      <Modal
        open={confirming}
        title={t("booking.cancelConfirmTitle")}
        okText={t("booking.cancelConfirmOk")}
        cancelText={t("booking.keep")}
        okButtonProps={{ danger: true }}
        confirmLoading={busy}
        onOk={confirmCancel}
        onCancel={() => !busy && setConfirming(false)}
        destroyOnHidden
        centered
      >
        {t("booking.cancelConfirmBody", { item: booking.itemName, time })}
      </Modal>
    </article>
  );
}
