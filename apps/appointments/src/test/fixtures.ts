import type { Me, RouterOutputs } from "@hall/api-client";
import { unauthenticated } from "./fake-api.ts";

type Item = RouterOutputs["catalog"]["items"]["list"][number];
type Slot = RouterOutputs["booking"]["slots"][number];
type Booking = RouterOutputs["booking"]["mine"][number];
type DayItem = RouterOutputs["booking"]["day"][number];

export const citizenMe: Me = {
  id: 40,
  login: "13800000001",
  name: "赵建华",
  roles: ["citizen"],
  roleLabels: ["办事群众"],
  hallId: null,
  hallName: null,
  orgUnitId: null,
  orgUnitName: null,
  phoneMasked: "138****0001",
  idNumberMasked: "4101**********0011",
  windowId: null,
  idVerification: null,
};

export const staffMe: Me = {
  id: 7,
  login: "staff01",
  name: "王芳",
  roles: ["window_staff", "group_leader"],
  roleLabels: ["窗口工作人员", "小组长"],
  hallId: 1,
  hallName: "示范区政务服务中心",
  orgUnitId: 2,
  orgUnitName: "示范区",
  phoneMasked: null,
  idNumberMasked: null,
  windowId: null,
  idVerification: null,
};

export const adminMe: Me = { ...staffMe, id: 1, login: "admin", name: "林海", roles: ["hall_admin"] };

export const HALLS = [{ id: 1, name: "示范区政务服务中心", address: "示范区人民路88号" }];

export const ITEMS: Item[] = [
  {
    id: 1,
    code: "BDC-001",
    name: "不动产首次登记",
    department: "自然资源局",
    zone: { id: 4, name: "不动产登记专区", kind: "acceptance_specialty" },
    theme: null,
    materials: [
      { name: "不动产登记申请书", copies: 1, originalRequired: true, waivable: false, note: null },
      { name: "申请人身份证明", copies: 1, originalRequired: true, waivable: false, note: null },
      { name: "房屋已竣工的材料", copies: 1, originalRequired: false, waivable: true, note: "可容缺后补" },
    ],
    promisedDays: 5,
    instant: false,
    bookable: true,
  },
  {
    id: 2,
    code: "QY-001",
    name: "企业设立登记",
    department: "市场监督管理局",
    zone: { id: 3, name: "综合受理区", kind: "acceptance_general" },
    theme: "企业开办一件事",
    materials: [{ name: "公司登记申请书", copies: 1, originalRequired: true, waivable: false, note: null }],
    promisedDays: 1,
    instant: false,
    bookable: true,
  },
  {
    id: 3,
    code: "BDC-004",
    name: "不动产登记资料查询",
    department: "自然资源局",
    zone: { id: 4, name: "不动产登记专区", kind: "acceptance_specialty" },
    theme: null,
    materials: [],
    promisedDays: 0,
    instant: true,
    bookable: true,
  },
  {
    id: 4,
    code: "SB-009",
    name: "社保卡挂失",
    department: "人力资源和社会保障局",
    zone: null,
    theme: null,
    materials: [],
    promisedDays: 0,
    instant: true,
    bookable: false,
  },
];

/** Monday 2026-11-23 … 2026-12-07, weekends closed. */
export const DAYS = Array.from({ length: 15 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 10, 23 + i)).toISOString().slice(0, 10);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { date, working: weekday !== 0 && weekday !== 6 };
});

const pad = (n: number) => String(n).padStart(2, "0");
/** A day's slots 09:00–12:00 and 13:30–17:30 (capacity 4, one booked); `overrides` by "HH:mm". */
export function slotsOf(date: string, overrides: Record<string, Partial<Slot>> = {}): Slot[] {
  const starts: number[] = [];
  for (let m = 9 * 60; m < 12 * 60; m += 30) starts.push(m);
  for (let m = 13 * 60 + 30; m < 17 * 60 + 30; m += 30) starts.push(m);
  return starts.map((m) => {
    const hhmm = `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    const end = `${pad(Math.floor((m + 30) / 60))}:${pad((m + 30) % 60)}`;
    const slot: Slot = {
      start: `${date}T${hhmm}:00+08:00`,
      end: `${date}T${end}:00+08:00`,
      capacity: 4,
      booked: 1,
      available: 3,
      open: true,
    };
    return { ...slot, ...overrides[hhmm] };
  });
}

export const RULES = {
  slotMinutes: 30,
  minLeadMinutes: 60,
  maxDaysAhead: 14,
  maxActivePerItemPerDay: 1,
  maxActiveFuture: 3,
  cancelDeadlineMinutes: 30,
  noShowGraceMinutes: 15,
  noShowLimit: 3,
  noShowWindowDays: 90,
  suspensionDays: 30,
  checkInEarlyMinutes: 30,
  openingHours: [
    { start: "09:00", end: "12:00" },
    { start: "13:30", end: "17:30" },
  ],
};

export function booking(extra: Partial<Booking> = {}): Booking {
  return {
    id: 501,
    hallId: 1,
    status: "confirmed",
    itemId: 1,
    itemName: "不动产首次登记",
    hallName: "示范区政务服务中心",
    start: "2026-11-24T10:00:00+08:00",
    end: "2026-11-24T10:30:00+08:00",
    code: "7KQ2M9XR",
    createdAt: "2026-11-23T09:31:00+08:00",
    cancellable: true,
    ...extra,
  };
}

export function dayView(): DayItem[] {
  return [
    {
      itemId: 1,
      itemName: "不动产首次登记",
      slots: slotsOf("2026-11-24").map(({ open: _open, ...s }, i) => ({
        ...s,
        booked: i === 2 ? 1 : 0,
        available: i === 2 ? 3 : 4,
        overridden: false,
        capacityBounds: { min: i === 2 ? 1 : 0, max: 999 },
        bookings:
          i === 2
            ? [
                {
                  id: 501,
                  code: "7KQ2M9XR",
                  status: "confirmed",
                  citizenName: "赵建华",
                  citizenPhoneMasked: "138****0001",
                },
              ]
            : [],
      })),
    },
  ];
}

/** The public catalogue procedures, plus `auth.me` for `me` (null = a visitor, 401). */
export function catalogApi(
  me: Me | null,
  slots: (input: { itemId: number; date: string }) => Slot[] = (i) => slotsOf(i.date),
) {
  return {
    "auth.me": () => {
      if (!me) throw unauthenticated();
      return me;
    },
    "catalog.halls": () => HALLS,
    "catalog.items.list": () => ITEMS,
    "catalog.days": () => DAYS,
    "catalog.rules": () => RULES,
    "booking.slots": (input: unknown) => slots(input as { itemId: number; date: string }),
  };
}
