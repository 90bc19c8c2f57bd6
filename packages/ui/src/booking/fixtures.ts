import type { BookingDay, BookingView, MaterialItem, SlotOption } from "./types.ts";

/** Demo data for the booking stories and tests (Asia/Shanghai instants, +08:00). */

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
const addMinutes = (time: string, minutes: number) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
};

/** A day of 30-minute slots, 09:00–12:00 and 13:30–17:30; `overrides` by start time "HH:mm". */
export function demoSlots(
  date = "2026-11-24",
  overrides: Record<string, Partial<SlotOption>> = {},
  capacity = 4,
): SlotOption[] {
  const times: string[] = [];
  for (let t = "09:00"; t < "12:00"; t = addMinutes(t, 30)) times.push(t);
  for (let t = "13:30"; t < "17:30"; t = addMinutes(t, 30)) times.push(t);
  return times.map((time) => {
    const base: SlotOption = {
      start: at(date, time),
      end: at(date, addMinutes(time, 30)),
      capacity,
      booked: 1,
      available: capacity - 1,
      open: true,
    };
    const slot = { ...base, ...overrides[time] };
    return { ...slot, available: overrides[time]?.available ?? slot.capacity - slot.booked };
  });
}

/** 09:00 is already past (closed), 09:30 and 10:30 are full, 11:30 has one seat left. */
export const SLOTS_WITH_FULL_AND_CLOSED: SlotOption[] = demoSlots("2026-11-24", {
  "09:00": { open: false, booked: 2 },
  "09:30": { booked: 4 },
  "10:30": { booked: 4 },
  "11:30": { booked: 3 },
  "15:00": { booked: 4 },
});

/** 15 days from Monday 2026-12-28: 元旦 on Friday 1 January, a 调休 working Saturday on 9 January. */
export const DEMO_DAYS: BookingDay[] = Array.from({ length: 15 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 11, 28 + i)).toISOString().slice(0, 10);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (date === "2027-01-01") return { date, working: false, name: "元旦" };
  if (date === "2027-01-09") return { date, working: true, name: "元旦调休" };
  return { date, working: weekday !== 0 && weekday !== 6 };
});

export const DEMO_MATERIALS: MaterialItem[] = [
  {
    name: "不动产登记申请书",
    copies: 1,
    originalRequired: true,
    waivable: false,
    note: "可在大厅咨询台领取并现场填写",
  },
  { name: "申请人身份证明", copies: 1, originalRequired: true, waivable: false, note: null },
  { name: "土地权属来源材料", copies: 2, originalRequired: false, waivable: false, note: null },
  { name: "建设工程符合规划的材料", copies: 1, originalRequired: false, waivable: false, note: null },
  {
    name: "房屋已竣工的材料",
    copies: 1,
    originalRequired: false,
    waivable: true,
    note: "暂缺时可签署容缺承诺书，5 个工作日内补交",
  },
];

export const DEMO_MATERIALS_EN: MaterialItem[] = [
  { name: "Application form", copies: 1, originalRequired: true, waivable: false, note: "Available at the help desk" },
  { name: "Applicant's ID card", copies: 1, originalRequired: true, waivable: false, note: null },
  { name: "Land title documents", copies: 2, originalRequired: false, waivable: false, note: null },
  {
    name: "Completion certificate",
    copies: 1,
    originalRequired: false,
    waivable: true,
    note: "May follow within 5 working days on a signed promise",
  },
];

const booking = (id: number, status: BookingView["status"], extra: Partial<BookingView> = {}): BookingView => ({
  id,
  status,
  itemId: 1,
  itemName: "不动产首次登记",
  hallName: "示范区政务服务中心",
  start: "2026-11-24T10:00:00+08:00",
  end: "2026-11-24T10:30:00+08:00",
  code: "7KQ2M9XR",
  createdAt: "2026-11-23T09:31:00+08:00",
  cancellable: status === "confirmed",
  ...extra,
});

export const DEMO_BOOKINGS: Record<BookingView["status"] | "locked", BookingView> = {
  confirmed: booking(1, "confirmed"),
  locked: booking(2, "confirmed", {
    itemName: "社会保障卡申领",
    start: "2026-11-23T10:00:00+08:00",
    end: "2026-11-23T10:30:00+08:00",
    code: "H4TN8WPC",
    cancellable: false,
  }),
  checked_in: booking(3, "checked_in", { code: "M3VB6YKD", itemName: "居民身份证换领" }),
  completed: booking(4, "completed", {
    code: "P9RF2ZQA",
    itemName: "企业设立登记",
    start: "2026-11-16T14:00:00+08:00",
    end: "2026-11-16T14:30:00+08:00",
  }),
  cancelled: booking(5, "cancelled", { code: "C8XW4HNS", itemName: "异地就医备案" }),
  no_show: booking(6, "no_show", {
    code: "Z2KD7TGE",
    itemName: "住房公积金提取（购房）",
    start: "2026-11-18T09:00:00+08:00",
    end: "2026-11-18T09:30:00+08:00",
  }),
};
