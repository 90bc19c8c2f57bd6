import { addMessages } from "@hall/ui";

/** Strings of the visit's entry points on the home page and in 我的预约 (取号·签到, my ticket, the booking code). */
export const visitZhCN = {
  "appointments.visit.ticket": "取号 · 签到",
  "appointments.visit.ticketHint": "到厅后签到预约或现场取号，查看排队进度",
  "appointments.visit.showCode": "出示预约码和二维码",
} as const satisfies Record<string, string>;

export const visitEnUS: Record<keyof typeof visitZhCN, string> = {
  "appointments.visit.ticket": "Tickets & check-in",
  "appointments.visit.ticketHint":
    "At the hall: check your booking in or take a ticket, and see your place in the queue",
  "appointments.visit.showCode": "Show the booking code and QR code",
};

addMessages("zh-CN", visitZhCN);
addMessages("en-US", visitEnUS);
