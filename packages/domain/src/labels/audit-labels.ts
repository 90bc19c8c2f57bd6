import type { Locale } from "../errors/messages.ts";

type Label = Record<Locale, string>;

/**
 * Every audited action in words, in both languages (the audit log shows these; the code stays in its tooltip). A test
 * in @hall/api (audit-labels.test.ts) fails for any action the server audits without a label here.
 */
export const AUDIT_ACTION_LABELS: Record<string, Label> = {
  "auth.register": { "zh-CN": "群众注册", "en-US": "Citizen registered" },
  "auth.login": { "zh-CN": "登录", "en-US": "Signed in" },
  "auth.login_failed": { "zh-CN": "登录失败", "en-US": "Failed sign-in" },
  "auth.logout": { "zh-CN": "退出登录", "en-US": "Signed out" },
  "identity.verify": { "zh-CN": "窗口核验身份证", "en-US": "ID card checked at the counter" },
  "pii.id_number_released": { "zh-CN": "查看完整身份证号", "en-US": "Full ID number shown" },
  "hall.create": { "zh-CN": "新建大厅", "en-US": "Hall created" },
  "hall.update": { "zh-CN": "修改大厅信息", "en-US": "Hall details changed" },
  "hall.settings": { "zh-CN": "修改大厅设置", "en-US": "Hall settings changed" },
  "org.create": { "zh-CN": "新建机构", "en-US": "Unit created" },
  "org.update": { "zh-CN": "修改机构", "en-US": "Unit changed" },
  "zone.create": { "zh-CN": "新建功能区", "en-US": "Zone created" },
  "zone.update": { "zh-CN": "修改功能区", "en-US": "Zone changed" },
  "window.create": { "zh-CN": "新建窗口", "en-US": "Window created" },
  "window.update": { "zh-CN": "修改窗口", "en-US": "Window changed" },
  "window.post": { "zh-CN": "安排AB岗", "en-US": "A/B post assigned" },
  "staff.create": { "zh-CN": "新建工作人员", "en-US": "Staff member created" },
  "staff.update": { "zh-CN": "修改工作人员", "en-US": "Staff member changed" },
  "group.create": { "zh-CN": "新建小组", "en-US": "Group created" },
  "group.update": { "zh-CN": "修改小组", "en-US": "Group changed" },
  "item.create": { "zh-CN": "新建事项", "en-US": "Item created" },
  "item.update": { "zh-CN": "修改事项", "en-US": "Item changed" },
  "calendar.set": { "zh-CN": "设置日历", "en-US": "Calendar day set" },
  "calendar.org_set": { "zh-CN": "设置机构日历", "en-US": "Unit calendar day set" },
  "calendar.org_remove": { "zh-CN": "删除机构日历", "en-US": "Unit calendar day removed" },
  "user.create": { "zh-CN": "新建账号", "en-US": "Account created" },
  "user.create_admin": { "zh-CN": "创建管理员", "en-US": "Administrator created" },
  "user.update": { "zh-CN": "修改账号", "en-US": "Account changed" },
  "seed.demo": { "zh-CN": "载入演示数据", "en-US": "Demo data loaded" },
  "booking.create": { "zh-CN": "预约", "en-US": "Booked" },
  "booking.cancel": { "zh-CN": "取消预约", "en-US": "Booking cancelled" },
  "booking.reschedule": { "zh-CN": "改约", "en-US": "Booking moved" },
  "booking.no_show": { "zh-CN": "预约爽约", "en-US": "Booking missed (no-show)" },
  "booking.capacity": { "zh-CN": "调整预约号源", "en-US": "Booking capacity changed" },
  "queue.take": { "zh-CN": "取号", "en-US": "Ticket taken" },
  "queue.check_in": { "zh-CN": "预约签到", "en-US": "Booking checked in" },
  "queue.call": { "zh-CN": "叫号", "en-US": "Ticket called" },
  "queue.recall": { "zh-CN": "重呼", "en-US": "Ticket recalled" },
  "queue.pass": { "zh-CN": "过号", "en-US": "Ticket passed" },
  "queue.requeue": { "zh-CN": "重新排队", "en-US": "Ticket re-queued" },
  "queue.start": { "zh-CN": "开始办理", "en-US": "Service started" },
  "queue.transfer": { "zh-CN": "转窗", "en-US": "Ticket transferred" },
  "queue.complete": { "zh-CN": "办结", "en-US": "Ticket completed" },
  "refusal.request": { "zh-CN": "办不成事申请", "en-US": "Refusal requested" },
  "refusal.approved": { "zh-CN": "批准办不成事", "en-US": "Refusal approved" },
  "refusal.denied": { "zh-CN": "驳回办不成事", "en-US": "Refusal denied" },
  "rating.submit": { "zh-CN": "群众评价", "en-US": "Service rated" },
  "case.assign": { "zh-CN": "指派整改", "en-US": "Case assigned" },
  "case.follow_up": { "zh-CN": "回访", "en-US": "Case followed up" },
  "case.close": { "zh-CN": "整改办结", "en-US": "Case closed" },
  "complaint.create": { "zh-CN": "接诉受理", "en-US": "Complaint received" },
  "complaint.update": { "zh-CN": "投诉处理", "en-US": "Complaint handled" },
  "enquiry.log": { "zh-CN": "首问登记", "en-US": "Enquiry logged" },
};

/** Every audited entity in words, in both languages. */
export const AUDIT_ENTITY_LABELS: Record<string, Label> = {
  hall: { "zh-CN": "大厅", "en-US": "Hall" },
  org_unit: { "zh-CN": "机构", "en-US": "Unit" },
  org_calendar: { "zh-CN": "机构日历", "en-US": "Unit calendar" },
  zone: { "zh-CN": "功能区", "en-US": "Zone" },
  window: { "zh-CN": "窗口", "en-US": "Window" },
  staff: { "zh-CN": "工作人员", "en-US": "Staff member" },
  staff_group: { "zh-CN": "小组", "en-US": "Group" },
  service_item: { "zh-CN": "服务事项", "en-US": "Service item" },
  calendar_day: { "zh-CN": "日历", "en-US": "Calendar day" },
  user: { "zh-CN": "账号", "en-US": "Account" },
  booking: { "zh-CN": "预约", "en-US": "Booking" },
  booking_slot: { "zh-CN": "预约时段", "en-US": "Booking slot" },
  ticket: { "zh-CN": "号票", "en-US": "Ticket" },
  refusal_request: { "zh-CN": "办不成事申请", "en-US": "Refusal request" },
  rating: { "zh-CN": "评价", "en-US": "Rating" },
  rectification_case: { "zh-CN": "差评整改", "en-US": "Rectification case" },
  complaint: { "zh-CN": "投诉", "en-US": "Complaint" },
  enquiry: { "zh-CN": "首问登记", "en-US": "Enquiry" },
};

/** The audit log's words for an action or entity code in `locale`, or the code itself when there is none. */
export function auditLabel(kind: "action" | "entity", code: string, locale: Locale): string {
  const labels = kind === "action" ? AUDIT_ACTION_LABELS : AUDIT_ENTITY_LABELS;
  return Object.hasOwn(labels, code) ? labels[code]![locale] : code;
}
