import { BOOKING_STATUS_LABELS, type BookingStatus } from "@hall/domain";
import { Tag } from "antd";
import { useLocale } from "../i18n/i18n-provider.tsx";

const STATUS_COLORS: Record<BookingStatus, string> = {
  confirmed: "processing",
  checked_in: "cyan",
  completed: "success",
  cancelled: "default",
  no_show: "error",
};

/** Localised label of a booking status. */
export function useBookingStatusLabel(): (status: BookingStatus) => string {
  const { locale } = useLocale();
  return (status) => BOOKING_STATUS_LABELS[status]?.[locale] ?? status;
}

export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const label = useBookingStatusLabel();
  return (
    <Tag color={STATUS_COLORS[status] ?? "default"} style={{ marginInlineEnd: 0 }} data-status={status}>
      {label(status)}
    </Tag>
  );
}
