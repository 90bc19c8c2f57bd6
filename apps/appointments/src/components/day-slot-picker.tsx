import { useTRPC } from "@hall/api-client";
import { DayStrip, ErrorAlert, firstWorkingDay, SlotPicker, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Skeleton, theme } from "antd";
import { useEffect } from "react";
import { hallInput } from "../hall.ts";
import "../pages/booking.messages.ts";

export type DaySlotPickerProps = {
  itemId: number;
  hallId?: number;
  /** The chosen day; null = the first working day of the horizon. A new day must clear `start` (the caller's job,
   * so a URL-backed caller can change both in one navigation). */
  date: string | null;
  onDateChange: (date: string) => void;
  start: string | null;
  onStartChange: (start: string | null) => void;
  disabled?: boolean;
};

/** How often the seats left are refreshed while a citizen is choosing. */
export const SLOTS_REFRESH_MS = 30_000;

/** The day strip (next 15 days from `catalog.days`) above the slot picker of the chosen day (`booking.slots`). */
export function DaySlotPicker({
  itemId,
  hallId,
  date,
  onDateChange,
  start,
  onStartChange,
  disabled,
}: DaySlotPickerProps) {
  const t = useT();
  const trpc = useTRPC();
  const { token } = theme.useToken();
  const days = useQuery(trpc.catalog.days.queryOptions(hallInput(hallId)));
  const day = date ?? (days.data ? firstWorkingDay(days.data) : null);
  const slots = useQuery({
    ...trpc.booking.slots.queryOptions({ itemId, date: day ?? "" }),
    enabled: day !== null,
    refetchInterval: SLOTS_REFRESH_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });

  // A chosen slot that filled up (or closed) since is no longer chosen.
  const chosen = start ? slots.data?.find((s) => s.start === start) : undefined;
  const lost = start !== null && slots.isSuccess && (!chosen?.open || chosen.available <= 0);
  useEffect(() => {
    if (lost) onStartChange(null);
  }, [lost, onStartChange]);

  if (days.isLoading) return <Skeleton active />;
  if (days.error) return <ErrorAlert error={days.error} />;

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 16 }}>
      <div>
        <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.slot.chooseDay")}</h2>
        <DayStrip days={days.data ?? []} value={day} onChange={onDateChange} />
      </div>
      <div>
        <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>
          {t("appointments.slot.chooseTime")}
          {slots.isFetching && !slots.isLoading && (
            <span style={{ marginInlineStart: 8, fontSize: 12, fontWeight: 400, color: token.colorTextTertiary }}>
              {t("appointments.slot.refreshing")}
            </span>
          )}
        </h2>
        <ErrorAlert error={slots.error} />
        {day === null ? (
          <p style={{ color: token.colorTextSecondary }}>{t("appointments.slot.noWorkingDay")}</p>
        ) : (
          <SlotPicker
            slots={slots.data ?? []}
            loading={slots.isLoading}
            value={start}
            disabled={disabled}
            onChange={(s) => onStartChange(s)}
          />
        )}
      </div>
    </div>
  );
}
