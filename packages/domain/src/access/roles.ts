/** The people who use the platform (SPEC "Users and roles"). A user may hold several roles. */
export const ROLES = [
  "citizen",
  "window_staff",
  "group_leader",
  "window_chief",
  "duty_leader",
  "trainer",
  "mentor",
  "inspector",
  "hall_admin",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { "zh-CN": string; "en-US": string }> = {
  citizen: { "zh-CN": "办事群众", "en-US": "Citizen" },
  window_staff: { "zh-CN": "窗口工作人员", "en-US": "Window staff" },
  group_leader: { "zh-CN": "小组长", "en-US": "Group leader" },
  window_chief: { "zh-CN": "窗口负责人", "en-US": "Window chief" },
  duty_leader: { "zh-CN": "带班领导", "en-US": "Duty leader" },
  trainer: { "zh-CN": "培训师", "en-US": "Trainer" },
  mentor: { "zh-CN": "导师", "en-US": "Mentor" },
  inspector: { "zh-CN": "巡查员", "en-US": "Inspector" },
  hall_admin: { "zh-CN": "大厅管理员", "en-US": "Hall administrator" },
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
