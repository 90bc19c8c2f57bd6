import { addMessages, type Translate } from "../i18n/catalog.ts";
import { useT } from "../i18n/i18n-provider.tsx";

/** Strings of the booking components (namespace `booking.`; the server's own booking.* error keys are snake_case). */
export const bookingZhCN = {
  "booking.daysLabel": "选择日期",
  "booking.today": "今天",
  "booking.dayOff": "休息",
  "booking.workdayShift": "调休上班",

  "booking.slotsLabel": "选择时段",
  "booking.morning": "上午",
  "booking.afternoon": "下午",
  "booking.seatsLeft": "余 {n} 个",
  "booking.full": "已约满",
  "booking.closed": "不可约",
  "booking.noSlots": "当天没有可预约的时段",
  "booking.slotAria": "{time}，{state}",

  "booking.materialsTitle": "需携带的材料（一次性告知）",
  "booking.materialsHint": "请按清单一次备齐材料，避免多次往返。",
  "booking.materialsCount": "共 {n} 项",
  "booking.copies": "{n} 份",
  "booking.original": "原件",
  "booking.copy": "复印件",
  "booking.waivable": "可容缺",
  "booking.waivableHint": "标“可容缺”的材料暂缺时可先受理，按书面承诺的期限补交。",
  "booking.noMaterials": "本事项无需携带材料",
  "booking.confirmMaterials": "我已阅读并知晓需携带的全部材料",

  "booking.code": "预约码",
  "booking.time": "预约时间",
  "booking.hall": "办理大厅",
  "booking.cancel": "取消预约",
  "booking.reschedule": "改约",
  "booking.cancelConfirmTitle": "确定取消该预约？",
  "booking.cancelConfirmBody": "{item}，{time}。取消后该时段将释放给其他群众。",
  "booking.cancelConfirmOk": "确定取消",
  "booking.keep": "暂不取消",
  "booking.cancelDeadlinePassed": "距开始已不足 {minutes} 分钟，不能再取消或改约",
} as const satisfies Record<string, string>;

export type BookingMessageKey = keyof typeof bookingZhCN;

export const bookingEnUS: Record<BookingMessageKey, string> = {
  "booking.daysLabel": "Choose a day",
  "booking.today": "Today",
  "booking.dayOff": "Closed",
  "booking.workdayShift": "Make-up workday",

  "booking.slotsLabel": "Choose a time",
  "booking.morning": "Morning",
  "booking.afternoon": "Afternoon",
  "booking.seatsLeft": "{n} left",
  "booking.full": "Full",
  "booking.closed": "Unavailable",
  "booking.noSlots": "No bookable time slots on this day",
  "booking.slotAria": "{time}, {state}",

  "booking.materialsTitle": "Materials to bring (complete list)",
  "booking.materialsHint": "Bring everything on this list so one visit is enough.",
  "booking.materialsCount": "{n} items",
  "booking.copies": "{n} ×",
  "booking.original": "Original",
  "booking.copy": "Copy",
  "booking.waivable": "May follow later",
  "booking.waivableHint":
    "Materials marked “May follow later” (容缺) can be handed in after acceptance, by the deadline you sign for.",
  "booking.noMaterials": "No materials are needed for this service",
  "booking.confirmMaterials": "I have read the list and know every material I need to bring",

  "booking.code": "Booking code",
  "booking.time": "Time",
  "booking.hall": "Hall",
  "booking.cancel": "Cancel booking",
  "booking.reschedule": "Reschedule",
  "booking.cancelConfirmTitle": "Cancel this booking?",
  "booking.cancelConfirmBody": "{item}, {time}. The slot will be released to other citizens.",
  "booking.cancelConfirmOk": "Yes, cancel",
  "booking.keep": "Keep it",
  "booking.cancelDeadlinePassed":
    "It starts in less than {minutes} minutes and can no longer be cancelled or rescheduled",
};

let registered = false;

/** Registers the booking strings once (called by the components, so importing one is enough). */
export function registerBookingMessages(): void {
  if (registered) return;
  registered = true;
  addMessages("zh-CN", bookingZhCN);
  addMessages("en-US", bookingEnUS);
}

/** `useT()` with the booking strings registered. */
export function useBookingT(): Translate {
  registerBookingMessages();
  return useT();
}
