import { addMessages } from "@hall/ui";

addMessages("zh-CN", {
  "appointments.title": "预约 · 取号 · 叫号",
  "appointments.welcome": "{name}，您好",
  "appointments.hall": "所属大厅：{hall}",
  "appointments.comingTitle": "本应用的功能",
  "appointments.feature1": "统一预约：选择事项、日期和时段，确认一次性告知材料清单",
  "appointments.feature2": "现场签到取号、窗口叫号与叫号大屏",
  "appointments.feature3": "办件结果、办不成事审批、好差评与投诉闭环",
});
addMessages("en-US", {
  "appointments.title": "Appointments & hall queue",
  "appointments.welcome": "Hello, {name}",
  "appointments.hall": "Hall: {hall}",
  "appointments.comingTitle": "What this app does",
  "appointments.feature1": "Unified booking: item, day and slot, with the full materials list",
  "appointments.feature2": "Check-in, tickets, window calling and the calling display",
  "appointments.feature3": "Service outcomes, refusal approvals, ratings and complaints",
});
