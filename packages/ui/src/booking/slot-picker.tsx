import { Skeleton, theme } from "antd";
import type { CSSProperties } from "react";
import { formatSlotTime, isMorningSlot } from "./format.ts";
import { useBookingT } from "./messages.ts";
import type { SlotOption } from "./types.ts";

export type SlotPickerProps = {
  /** The day's slots as `catalog.slots` answers (start, end, capacity, available, open). */
  slots: readonly SlotOption[];
  /** `start` of the chosen slot. */
  value?: string | null;
  /** Called with the start of a selectable slot; never for a full or closed one. */
  onChange?: (start: string, slot: SlotOption) => void;
  /** Shows a skeleton while the day's slots load. */
  loading?: boolean;
  /** Disables every slot (e.g. while a booking is being sent). */
  disabled?: boolean;
};

type SlotState = "selectable" | "full" | "closed";

/** Full (no seat left) and closed (outside the booking window) slots can never be chosen. */
export function slotState(slot: SlotOption): SlotState {
  if (!slot.open) return "closed";
  if (slot.available <= 0) return "full";
  return "selectable";
}

/**
 * The slots of one day in two groups (上午 / 下午), each a tile with its time and the seats left; full slots
 * read 已约满 and closed ones 不可约, both disabled. Mobile-first: tiles wrap into as many columns as fit.
 */
export function SlotPicker({ slots, value, onChange, loading = false, disabled = false }: SlotPickerProps) {
  const t = useBookingT();
  const { token } = theme.useToken();

  if (loading) {
    return (
      <div role="status" aria-busy="true">
        <span style={{ color: token.colorTextSecondary, fontSize: 13 }}>{t("common.loading")}</span>
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      </div>
    );
  }
  if (slots.length === 0) {
    return (
      <p role="status" style={{ color: token.colorTextSecondary, margin: "16px 0", textAlign: "center" }}>
        {t("booking.noSlots")}
      </p>
    );
  }

  const groups = [
    { key: "morning", label: t("booking.morning"), slots: slots.filter((s) => isMorningSlot(s.start)) },
    { key: "afternoon", label: t("booking.afternoon"), slots: slots.filter((s) => !isMorningSlot(s.start)) },
  ].filter((group) => group.slots.length > 0);

  const tileStyle = (state: SlotState, selected: boolean): CSSProperties => ({
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: 2,
    minHeight: 56,
    padding: "6px 4px",
    borderRadius: token.borderRadius,
    border: `1px solid ${selected ? token.colorPrimary : token.colorBorder}`,
    background: selected
      ? token.colorPrimary
      : state === "selectable"
        ? token.colorBgContainer
        : token.colorFillTertiary,
    // Full and closed slots stay readable (colorTextSecondary, 4.5:1 on the grey fill); the 已约满 / 不可约 note and
    // the disabled state say they cannot be chosen.
    color: selected ? "#fff" : state === "selectable" ? token.colorText : token.colorTextSecondary,
    cursor: state === "selectable" && !disabled ? "pointer" : "not-allowed",
    font: "inherit",
    fontSize: 15,
    fontVariantNumeric: "tabular-nums",
  });

  const note = (slot: SlotOption, state: SlotState, selected: boolean) => {
    const text =
      state === "closed"
        ? t("booking.closed")
        : state === "full"
          ? t("booking.full")
          : t("booking.seatsLeft", { n: slot.available });
    // The -Active (darker) shades: the plain success/error colours are 2.3:1 and 3:1 on the tiles.
    const color = selected
      ? "#fff"
      : state === "full"
        ? token.colorErrorActive
        : state === "closed"
          ? token.colorTextSecondary
          : token.colorSuccessActive;
    return { text, color };
  };

  return (
    <div data-testid="slot-picker">
      {groups.map((group) => (
        <section key={group.key} aria-label={group.label} style={{ marginBottom: 12 }}>
          <h4 style={{ margin: "0 0 8px", fontSize: 14, fontWeight: 600, color: token.colorTextSecondary }}>
            {group.label}
          </h4>
          <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(104px, 1fr))", gap: 8 }}>
            {group.slots.map((slot) => {
              const state = slotState(slot);
              const selected = value === slot.start && state === "selectable";
              const time = formatSlotTime(slot.start, slot.end);
              const { text, color } = note(slot, state, selected);
              return (
                <button
                  key={slot.start}
                  type="button"
                  data-state={state}
                  aria-pressed={selected}
                  aria-label={t("booking.slotAria", { time, state: text })}
                  disabled={disabled || state !== "selectable"}
                  onClick={() => state === "selectable" && onChange?.(slot.start, slot)}
                  style={tileStyle(state, selected)}
                >
                  <span style={{ fontWeight: 600 }}>{time}</span>
                  <span style={{ fontSize: 12, color }}>{text}</span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
