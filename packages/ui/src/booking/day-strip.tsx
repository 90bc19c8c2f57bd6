import { theme } from "antd";
import { type CSSProperties, useEffect, useRef } from "react";
import { useLocale } from "../i18n/i18n-provider.tsx";
import { formatMonthDay, formatWeekday, weekdayOf } from "./format.ts";
import { useBookingT } from "./messages.ts";
import type { BookingDay } from "./types.ts";

export type DayStripProps = {
  /** The booking horizon, first day = today (Asia/Shanghai), as `catalog.days` answers. */
  days: readonly BookingDay[];
  /** The chosen day, "YYYY-MM-DD". */
  value?: string | null;
  /** Called with a working day's date; non-working days cannot be chosen. */
  onChange?: (date: string) => void;
  /** Defaults to the first day. */
  today?: string;
};

const VISUALLY_HIDDEN: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0,0,0,0)",
  whiteSpace: "nowrap",
  border: 0,
};

/** The first working day of the horizon on or after `from` (or null). */
export function firstWorkingDay(days: readonly BookingDay[], from?: string): string | null {
  return days.find((day) => day.working && (!from || day.date >= from))?.date ?? null;
}

/**
 * A horizontal strip of the bookable days: weekday + date, today marked. Non-working days are disabled and
 * show their holiday name (or 休息); an adjusted working weekend day (调休) is enabled and says so.
 */
export function DayStrip({ days, value, onChange, today = days[0]?.date }: DayStripProps) {
  const t = useBookingT();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const selectedRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Keep the chosen day in view on narrow screens (not available in every test DOM).
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, []);

  const style = (day: BookingDay, selected: boolean): CSSProperties => ({
    flex: "0 0 auto",
    width: 68,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: 2,
    padding: "6px 2px",
    borderRadius: token.borderRadius,
    border: `1px solid ${selected ? token.colorPrimary : token.colorBorder}`,
    background: selected ? token.colorPrimary : day.working ? token.colorBgContainer : token.colorFillTertiary,
    color: selected ? "#fff" : day.working ? token.colorText : token.colorTextDisabled,
    cursor: day.working ? "pointer" : "not-allowed",
    font: "inherit",
    fontVariantNumeric: "tabular-nums",
  });

  return (
    <fieldset data-testid="day-strip" style={{ margin: 0, padding: 0, border: 0, minInlineSize: 0 }}>
      <legend style={VISUALLY_HIDDEN}>{t("booking.daysLabel")}</legend>
      <div
        style={{
          display: "flex",
          gap: 8,
          minWidth: 0,
          maxWidth: "100%",
          overflowX: "auto",
          paddingBottom: 4,
          scrollSnapType: "x proximity",
        }}
      >
        {days.map((day) => {
          const selected = value === day.date;
          const weekend = [0, 6].includes(weekdayOf(day.date));
          const label = day.date === today ? t("booking.today") : formatWeekday(day.date, locale);
          // A working Saturday or Sunday is a 调休 make-up day; a closed day shows its holiday name.
          const note = day.working ? (weekend ? t("booking.workdayShift") : "") : day.name || t("booking.dayOff");
          return (
            <button
              key={day.date}
              ref={selected ? selectedRef : undefined}
              type="button"
              aria-pressed={selected}
              disabled={!day.working}
              data-date={day.date}
              onClick={() => day.working && onChange?.(day.date)}
              style={style(day, selected)}
            >
              <span style={{ fontSize: 12 }}>{label}</span>
              <span style={{ fontWeight: 600 }}>{formatMonthDay(day.date, locale)}</span>
              <span
                style={{
                  fontSize: 11,
                  minHeight: 16,
                  maxWidth: 64,
                  overflow: "hidden",
                  textOverflow: "ellipsis",
                  whiteSpace: "nowrap",
                  color: selected ? "#fff" : day.working ? "#874d00" : token.colorTextDisabled,
                }}
                title={day.name || note || undefined}
              >
                {note}
              </span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
