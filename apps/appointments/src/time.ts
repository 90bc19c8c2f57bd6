import { formatLongDate, hallDate, hallTime, type Locale } from "@hall/ui";

/** "2026年11月24日 周二 09:30" / "Tue 24 Nov 2026 09:30" on the hall's clock (Asia/Shanghai). */
export function formatSlotStart(start: string, locale: Locale): string {
  return `${formatLongDate(hallDate(start), locale)} ${hallTime(start)}`;
}
