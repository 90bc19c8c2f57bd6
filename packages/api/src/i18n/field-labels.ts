import type { Locale } from "@hall/domain";

/** Human names of input fields, so a validation error names the field in the user's language. */
const LABELS: Record<string, { "zh-CN": string; "en-US": string }> = {
  login: { "zh-CN": "账号", "en-US": "Account" },
  password: { "zh-CN": "密码", "en-US": "Password" },
  name: { "zh-CN": "名称", "en-US": "Name" },
  phone: { "zh-CN": "手机号", "en-US": "Phone number" },
  idNumber: { "zh-CN": "身份证号", "en-US": "ID number" },
  id: { "zh-CN": "编号", "en-US": "ID" },
  hallId: { "zh-CN": "大厅", "en-US": "Hall" },
  zoneId: { "zh-CN": "功能区", "en-US": "Zone" },
  windowId: { "zh-CN": "窗口", "en-US": "Window" },
  staffId: { "zh-CN": "工作人员", "en-US": "Staff member" },
  groupId: { "zh-CN": "小组", "en-US": "Group" },
  itemId: { "zh-CN": "事项", "en-US": "Service item" },
  orgUnitId: { "zh-CN": "所属机构", "en-US": "Organisation" },
  parentId: { "zh-CN": "上级机构", "en-US": "Parent organisation" },
  level: { "zh-CN": "层级", "en-US": "Level" },
  code: { "zh-CN": "编码", "en-US": "Code" },
  kind: { "zh-CN": "类型", "en-US": "Kind" },
  type: { "zh-CN": "窗口类型", "en-US": "Window type" },
  prefix: { "zh-CN": "叫号字母", "en-US": "Ticket prefix" },
  number: { "zh-CN": "窗口号", "en-US": "Window number" },
  sort: { "zh-CN": "排序", "en-US": "Order" },
  active: { "zh-CN": "启用", "en-US": "Active" },
  address: { "zh-CN": "地址", "en-US": "Address" },
  department: { "zh-CN": "实施部门", "en-US": "Department" },
  legalBasis: { "zh-CN": "设定依据", "en-US": "Legal basis" },
  conditions: { "zh-CN": "办理条件", "en-US": "Conditions" },
  promisedDays: { "zh-CN": "承诺时限（工作日）", "en-US": "Promised time limit (working days)" },
  avgHandlingMinutes: { "zh-CN": "平均办理时长（分钟）", "en-US": "Average handling minutes" },
  instant: { "zh-CN": "即办件", "en-US": "Instant item" },
  bookable: { "zh-CN": "可预约", "en-US": "Bookable" },
  online: { "zh-CN": "可网办", "en-US": "Online" },
  theme: { "zh-CN": "一件事主题", "en-US": "One-thing theme" },
  materials: { "zh-CN": "申请材料", "en-US": "Materials" },
  copies: { "zh-CN": "份数", "en-US": "Copies" },
  waivable: { "zh-CN": "可容缺", "en-US": "Waivable" },
  employeeNo: { "zh-CN": "工号", "en-US": "Employee number" },
  employmentType: { "zh-CN": "用工类型", "en-US": "Employment type" },
  partyMember: { "zh-CN": "党员", "en-US": "Party member" },
  certificateLevel: { "zh-CN": "职业技能等级", "en-US": "Certificate level" },
  certificateNo: { "zh-CN": "证书编号", "en-US": "Certificate number" },
  certificateDate: { "zh-CN": "发证日期", "en-US": "Certificate date" },
  hiredOn: { "zh-CN": "入职日期", "en-US": "Hired on" },
  position: { "zh-CN": "岗位（A/B）", "en-US": "Post (A/B)" },
  date: { "zh-CN": "日期", "en-US": "Date" },
  year: { "zh-CN": "年份", "en-US": "Year" },
  roles: { "zh-CN": "角色", "en-US": "Roles" },
  openingHours: { "zh-CN": "开放时间", "en-US": "Opening hours" },
  leaderStaffId: { "zh-CN": "组长", "en-US": "Group leader" },
  limit: { "zh-CN": "条数", "en-US": "Limit" },
  start: { "zh-CN": "开始时间", "en-US": "Start" },
  end: { "zh-CN": "结束时间", "en-US": "End" },
  settings: { "zh-CN": "设置", "en-US": "Settings" },
};

export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((p) => typeof p === "string") as string | undefined;
  if (!named) return locale === "en-US" ? "Input" : "输入";
  const label = LABELS[named]?.[locale] ?? named;
  const indexAt = path.findIndex((p) => typeof p === "number");
  if (indexAt < 0) return label;
  const index = path[indexAt];
  // The list the index belongs to: the last named segment before it ("openingHours" in settings.openingHours.0.start).
  const parent = [...path.slice(0, indexAt)].reverse().find((p) => typeof p === "string") as string | undefined;
  const parentLabel = parent ? (LABELS[parent]?.[locale] ?? parent) : "";
  return locale === "en-US"
    ? `${parentLabel} #${Number(index) + 1} ${label}`.trim()
    : `${parentLabel}第${Number(index) + 1}项${label}`;
}
