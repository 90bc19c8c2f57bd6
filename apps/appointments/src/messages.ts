import { addMessages } from "@hall/ui";

/** The appointments app's shared strings (namespace `appointments.`): shell pages and home. Page-specific strings live
 * next to their pages (`pages/*.messages.ts`) so the /book first load carries only its own; `booking.*` come from
 * the booking components. */
export const appointmentsZhCN = {
  "appointments.title": "预约 · 取号 · 叫号",
  "appointments.welcome": "{name}，您好",
  "appointments.hall": "所属大厅：{hall}",
  "appointments.backHome": "返回首页",
  "appointments.signIn": "登录",
  "appointments.signInHint": "登录后可查看和管理您的预约",
  "appointments.home.book": "预约办事",
  "appointments.home.visitorIntro": "在线预约到大厅办事：选择事项，查看一次性告知的材料清单，挑选日期和时段。",
  "appointments.home.visitorSignIn": "已有账号？登录后查看我的预约",
  "appointments.home.upcoming": "我的下一个预约",
  "appointments.home.allBookings": "全部预约",
  "appointments.home.noUpcoming": "暂无待办理的预约",
  "appointments.home.code": "预约码：",
  "appointments.home.more": "还有 {n} 个预约",
  "appointments.home.dayView": "大厅预约一览",
  "appointments.home.dayViewHint": "按日期查看各事项各时段的预约情况",
  "appointments.home.capacity": "时段容量调整",
  "appointments.home.capacityHint": "为某个时段单独设置可预约数量",
  "appointments.home.queue": "取号 · 叫号",
  "appointments.home.queueHint": "签到取号、窗口叫号、叫号屏、审批督办",
  "appointments.home.nothingForRole": "您的角色在本应用中暂无可用功能。",
} as const satisfies Record<string, string>;

export const appointmentsEnUS: Record<keyof typeof appointmentsZhCN, string> = {
  "appointments.title": "Appointments & hall queue",
  "appointments.welcome": "Hello, {name}",
  "appointments.hall": "Hall: {hall}",
  "appointments.backHome": "Back to home",
  "appointments.signIn": "Sign in",
  "appointments.signInHint": "Sign in to see and manage your bookings",
  "appointments.home.book": "Book a visit",
  "appointments.home.visitorIntro":
    "Book your visit to the service hall online: choose a service, read the full list of materials, pick a day and a time.",
  "appointments.home.visitorSignIn": "Have an account? Sign in to see your bookings",
  "appointments.home.upcoming": "My next booking",
  "appointments.home.allBookings": "All bookings",
  "appointments.home.noUpcoming": "No upcoming bookings",
  "appointments.home.code": "Code: ",
  "appointments.home.more": "{n} more booking(s)",
  "appointments.home.dayView": "Bookings of the day",
  "appointments.home.dayViewHint": "Every service's slots and bookings on a day",
  "appointments.home.capacity": "Slot capacities",
  "appointments.home.capacityHint": "Set the number of bookable places of a single slot",
  "appointments.home.queue": "Tickets & calling",
  "appointments.home.queueHint": "Check-in and tickets, window console, calling display, approvals",
  "appointments.home.nothingForRole": "Your role has nothing to do in this app yet.",
};

addMessages("zh-CN", appointmentsZhCN);
addMessages("en-US", appointmentsEnUS);
