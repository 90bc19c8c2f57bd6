import { shanghaiDate, shanghaiTime } from "@hall/domain";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "../i18n/catalog.ts";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { BookingCard } from "./booking-card.tsx";
import { DayStrip, firstWorkingDay } from "./day-strip.tsx";
import { DEMO_BOOKINGS, DEMO_DAYS, DEMO_MATERIALS, SLOTS_WITH_FULL_AND_CLOSED } from "./fixtures.ts";
import { formatSlotRange, hallDate, hallTime } from "./format.ts";
import { MaterialsChecklist } from "./materials-checklist.tsx";
import { bookingEnUS, bookingZhCN } from "./messages.ts";
import { SlotPicker } from "./slot-picker.tsx";

const wrap = (node: ReactNode, locale: Locale = "zh-CN") => render(<I18nProvider locale={locale}>{node}</I18nProvider>);
const slotButton = (time: string) => screen.getByRole("button", { name: new RegExp(`^${time}`) });

describe("booking messages", () => {
  it("have the same keys and placeholders in both languages", () => {
    expect(Object.keys(bookingEnUS).sort()).toEqual(Object.keys(bookingZhCN).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(bookingZhCN)) {
      expect(placeholders(bookingEnUS[key as keyof typeof bookingZhCN]), key).toEqual(placeholders(zh));
    }
  });
});

describe("formatSlotRange", () => {
  it("shows the hall's wall clock (Asia/Shanghai) in either language", () => {
    const start = "2026-11-24T01:30:00Z";
    const end = "2026-11-24T02:00:00Z";
    expect(formatSlotRange(start, end, "zh-CN")).toBe("2026年11月24日 周二 09:30–10:00");
    expect(formatSlotRange(start, end, "en-US")).toBe("Tue 24 Nov 2026, 09:30–10:00");
  });
});

describe("hallDate / hallTime", () => {
  it("agree with the domain's Asia/Shanghai functions, across midnight", () => {
    for (const iso of [
      "2026-12-31T15:59:59Z",
      "2026-12-31T16:00:00Z",
      "2026-11-24T09:30:00+08:00",
      "2024-02-29T01:00:00Z",
    ]) {
      expect(hallDate(iso), iso).toBe(shanghaiDate(new Date(iso)));
      expect(hallTime(iso), iso).toBe(shanghaiTime(new Date(iso)));
    }
    expect(hallDate("not a date")).toBe("");
  });
});

describe("SlotPicker", () => {
  it("groups the slots into morning and afternoon and shows the seats left", () => {
    wrap(<SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} />);
    const morning = screen.getByRole("region", { name: "上午" });
    const afternoon = screen.getByRole("region", { name: "下午" });
    expect(within(morning).getAllByRole("button")).toHaveLength(6);
    expect(within(afternoon).getAllByRole("button")).toHaveLength(8);
    expect(slotButton("10:00–10:30").textContent).toContain("余 3 个");
    expect(slotButton("11:30–12:00").textContent).toContain("余 1 个");
  });

  it("never lets a full slot be chosen", () => {
    const onChange = vi.fn();
    wrap(<SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} onChange={onChange} />);
    const full = slotButton("09:30–10:00");
    expect(full.textContent).toContain("已约满");
    expect(full.hasAttribute("disabled")).toBe(true);
    fireEvent.click(full);
    expect(onChange).not.toHaveBeenCalled();
    expect(full.getAttribute("aria-pressed")).toBe("false");
  });

  it("never lets a closed slot (outside the booking window) be chosen", () => {
    const onChange = vi.fn();
    wrap(<SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} onChange={onChange} />);
    const closed = slotButton("09:00–09:30");
    expect(closed.textContent).toContain("不可约");
    expect(closed.hasAttribute("disabled")).toBe(true);
    fireEvent.click(closed);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("chooses a slot with seats left and marks the chosen one", () => {
    const onChange = vi.fn();
    const { rerender } = wrap(<SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} onChange={onChange} />);
    fireEvent.click(slotButton("11:30–12:00"));
    expect(onChange).toHaveBeenCalledWith("2026-11-24T11:30:00+08:00", expect.objectContaining({ available: 1 }));
    rerender(
      <I18nProvider locale="zh-CN">
        <SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} value="2026-11-24T11:30:00+08:00" onChange={onChange} />
      </I18nProvider>,
    );
    expect(slotButton("11:30–12:00").getAttribute("aria-pressed")).toBe("true");
  });

  it("does not keep a slot selected once it has filled up", () => {
    const full = SLOTS_WITH_FULL_AND_CLOSED.map((s) => (s.start.includes("T11:30") ? { ...s, available: 0 } : s));
    wrap(<SlotPicker slots={full} value="2026-11-24T11:30:00+08:00" />);
    expect(slotButton("11:30–12:00").getAttribute("aria-pressed")).toBe("false");
    expect(slotButton("11:30–12:00").textContent).toContain("已约满");
  });

  it("speaks English and says when a day has no slots", () => {
    const { unmount } = wrap(<SlotPicker slots={SLOTS_WITH_FULL_AND_CLOSED} />, "en-US");
    expect(screen.getByRole("region", { name: "Morning" })).toBeTruthy();
    expect(slotButton("09:30–10:00").textContent).toContain("Full");
    expect(slotButton("10:00–10:30").textContent).toContain("3 left");
    unmount();
    wrap(<SlotPicker slots={[]} />);
    expect(screen.getByRole("status").textContent).toBe("当天没有可预约的时段");
  });
});

describe("DayStrip", () => {
  it("disables weekends and holidays (with the holiday name) and enables a 调休 Saturday", () => {
    const onChange = vi.fn();
    wrap(<DayStrip days={DEMO_DAYS} value="2026-12-29" onChange={onChange} />);
    const day = (date: string) => document.querySelector(`[data-date="${date}"]`) as HTMLButtonElement;
    expect(day("2026-12-28").textContent).toContain("今天");
    expect(day("2027-01-01").disabled).toBe(true);
    expect(day("2027-01-01").textContent).toContain("元旦");
    expect(day("2027-01-03").disabled).toBe(true);
    expect(day("2027-01-03").textContent).toContain("休息");
    expect(day("2027-01-09").disabled).toBe(false);
    expect(day("2027-01-09").textContent).toContain("调休上班");
    expect(day("2026-12-29").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(day("2027-01-01"));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(day("2027-01-09"));
    expect(onChange).toHaveBeenCalledWith("2027-01-09");
  });

  it("finds the first working day", () => {
    expect(firstWorkingDay(DEMO_DAYS)).toBe("2026-12-28");
    expect(firstWorkingDay(DEMO_DAYS, "2026-12-31")).toBe("2026-12-31");
    expect(firstWorkingDay(DEMO_DAYS, "2027-01-01")).toBe("2027-01-04");
    expect(firstWorkingDay([])).toBeNull();
  });
});

describe("MaterialsChecklist", () => {
  it("lists every material with copies, original or copy, 容缺 and notes", () => {
    wrap(<MaterialsChecklist materials={DEMO_MATERIALS} confirmed={false} />);
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0]?.textContent).toContain("不动产登记申请书");
    expect(items[0]?.textContent).toContain("原件");
    expect(items[0]?.textContent).toContain("可在大厅咨询台领取并现场填写");
    expect(items[2]?.textContent).toContain("2 份");
    expect(items[2]?.textContent).toContain("复印件");
    expect(screen.getAllByText("可容缺")).toHaveLength(1);
    expect(items[4]?.textContent).toContain("可容缺");
    expect(screen.getByText("共 5 项")).toBeTruthy();
  });

  it("asks the citizen to confirm they have read the whole list", () => {
    const onConfirmedChange = vi.fn();
    wrap(<MaterialsChecklist materials={DEMO_MATERIALS} confirmed={false} onConfirmedChange={onConfirmedChange} />);
    const box = screen.getByRole("checkbox", { name: "我已阅读并知晓需携带的全部材料" }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onConfirmedChange).toHaveBeenCalledWith(true);
  });

  it("has no checkbox when read-only", () => {
    wrap(<MaterialsChecklist materials={DEMO_MATERIALS} confirmed readOnly />);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});

describe("BookingCard", () => {
  it.each([
    ["confirmed", "已预约"],
    ["checked_in", "已签到"],
    ["completed", "已完成"],
    ["cancelled", "已取消"],
    ["no_show", "爽约"],
  ] as const)("shows the %s status, time, hall and code", (status, label) => {
    const booking = DEMO_BOOKINGS[status];
    wrap(<BookingCard booking={booking} onCancel={vi.fn()} onReschedule={vi.fn()} />);
    const card = screen.getByTestId("booking-card");
    expect(card.textContent).toContain(label);
    expect(card.textContent).toContain(booking.hallName);
    expect(screen.getByTestId("booking-code").textContent).toBe(booking.code);
    expect(card.textContent).toContain(formatSlotRange(booking.start, booking.end, "zh-CN"));
    // Only a confirmed booking can be cancelled or moved.
    expect(screen.queryByRole("button", { name: "取消预约" }) !== null).toBe(status === "confirmed");
  });

  it("cancels only after the citizen confirms the dialog", async () => {
    const onCancel = vi.fn(async () => undefined);
    wrap(<BookingCard booking={DEMO_BOOKINGS.confirmed} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole("button", { name: "取消预约" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("确定取消该预约？");
    fireEvent.click(within(dialog).getByRole("button", { name: "暂不取消" }));
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "取消预约" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "确定取消" }));
    await waitFor(() => expect(onCancel).toHaveBeenCalledWith(DEMO_BOOKINGS.confirmed));
  });

  it("explains why a booking past the cancel deadline can no longer be cancelled or moved", () => {
    const onCancel = vi.fn();
    const onReschedule = vi.fn();
    wrap(
      <BookingCard
        booking={DEMO_BOOKINGS.locked}
        onCancel={onCancel}
        onReschedule={onReschedule}
        cancelDeadlineMinutes={30}
      />,
    );
    const cancel = screen.getByRole("button", { name: "取消预约" });
    const reschedule = screen.getByRole("button", { name: /^改\s*约$/ });
    expect(cancel.hasAttribute("disabled")).toBe(true);
    expect(reschedule.hasAttribute("disabled")).toBe(true);
    const reason = screen.getByTestId("not-cancellable-reason");
    expect(reason.textContent).toBe("距开始已不足 30 分钟，不能再取消或改约");
    expect(cancel.getAttribute("aria-describedby")).toBe(reason.id);
    fireEvent.click(cancel);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("speaks English", () => {
    wrap(<BookingCard booking={DEMO_BOOKINGS.locked} onCancel={vi.fn()} />, "en-US");
    expect(screen.getByText("Confirmed")).toBeTruthy();
    expect(screen.getByTestId("not-cancellable-reason").textContent).toContain("less than 30 minutes");
  });
});
