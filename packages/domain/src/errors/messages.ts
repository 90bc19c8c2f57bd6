/** UI languages. zh-CN is the default; en-US can be switched on (SPEC "Cross-cutting"). */
export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export const DEFAULT_LOCALE: Locale = "zh-CN";

export type MessageParams = Record<string, string | number>;

/**
 * Every user-facing message, keyed by a stable dotted key, with `{name}` placeholders.
 * A placeholder whose value is itself a message key is translated too (see `translate`).
 */
export const MESSAGES: Record<string, { "zh-CN": string; "en-US": string }> = {
  // auth
  "auth.invalid_credentials": { "zh-CN": "账号或密码错误", "en-US": "Incorrect account or password" },
  "auth.unauthenticated": { "zh-CN": "请先登录", "en-US": "Please sign in first" },
  "auth.forbidden": { "zh-CN": "无权执行此操作", "en-US": "You are not allowed to do this" },
  "auth.out_of_scope": {
    "zh-CN": "超出您所在机构的管理范围",
    "en-US": "This is outside the organisation you manage",
  },
  "auth.rate_limited": {
    "zh-CN": "尝试次数过多，请稍后再试",
    "en-US": "Too many attempts, please try again later",
  },
  "auth.phone_taken": { "zh-CN": "该手机号已注册", "en-US": "This phone number is already registered" },
  "auth.login_taken": { "zh-CN": "该账号已被使用", "en-US": "This account name is already taken" },
  "auth.weak_password": {
    "zh-CN": "密码强度不足：至少8位，且须同时包含字母和数字",
    "en-US": "Password too weak: use at least 8 characters with both letters and digits",
  },

  // identity
  "identity.invalid_id_number": { "zh-CN": "身份证号码无效：{reason}", "en-US": "Invalid ID number: {reason}" },
  "identity.id_format": {
    "zh-CN": "应为18位，最后一位可为X",
    "en-US": "it must have 18 characters; the last one may be X",
  },
  "identity.id_checksum": { "zh-CN": "校验码不正确", "en-US": "the check digit is wrong" },
  "identity.id_birthdate": { "zh-CN": "出生日期无效", "en-US": "the birth date is not valid" },
  "identity.invalid_phone": { "zh-CN": "手机号码格式不正确", "en-US": "Invalid mobile phone number" },

  // reference data
  "zone.specialty_limit": {
    "zh-CN": "专业综合受理区最多设置{limit}个（豫审信〔2024〕44号）",
    "en-US": "A hall may have at most {limit} specialty acceptance zones (Henan 豫审信〔2024〕44号)",
  },
  "window.item_specific_requires_instant": {
    "zh-CN": "只有即办件可以设置单事项专窗（豫审信〔2024〕44号 一(二)）",
    "en-US": "Only instant items (即办件) may have an item-specific window (Henan 豫审信〔2024〕44号 §1(2))",
  },
  "window.number_taken": { "zh-CN": "窗口编号已存在", "en-US": "This window number is already in use" },
  "org.invalid_child_level": {
    "zh-CN": "{child}不能设在{parent}之下",
    "en-US": "A {child} unit cannot be placed under a {parent} unit",
  },
  // level names used as {child}/{parent}; keep in step with ORG_LEVEL_LABELS (org/org-levels.ts)
  "org.level.province": { "zh-CN": "省级", "en-US": "province" },
  "org.level.city": { "zh-CN": "市级", "en-US": "city" },
  "org.level.county": { "zh-CN": "县级", "en-US": "county" },
  "org.level.township": { "zh-CN": "乡镇(街道)", "en-US": "township (subdistrict)" },
  "org.level.village": { "zh-CN": "村(社区)", "en-US": "village (community)" },
  "org.not_found": { "zh-CN": "机构不存在", "en-US": "Organisation not found" },
  "hall.not_found": { "zh-CN": "大厅不存在", "en-US": "Service hall not found" },
  "zone.not_found": { "zh-CN": "功能区不存在", "en-US": "Zone not found" },
  "window.not_found": { "zh-CN": "窗口不存在", "en-US": "Window not found" },
  "staff.not_found": { "zh-CN": "工作人员不存在", "en-US": "Staff member not found" },
  "item.not_found": { "zh-CN": "事项不存在", "en-US": "Service item not found" },
  "user.not_found": { "zh-CN": "用户不存在", "en-US": "User not found" },
  "settings.invalid_opening_hours": {
    "zh-CN": "办公时间设置有误：时间格式应为HH:mm，每段开始早于结束，且各段按时间先后排列、互不重叠",
    "en-US":
      "Invalid opening hours: use HH:mm, each period must start before it ends, and periods must be in order without overlapping",
  },

  // calendar
  "calendar.invalid_date": { "zh-CN": "日期无效", "en-US": "Invalid date" },
  "calendar.invalid_time": { "zh-CN": "时间无效", "en-US": "Invalid time" },

  // common
  "validation.failed": { "zh-CN": "输入有误", "en-US": "Invalid input" },
  "common.not_found": { "zh-CN": "记录不存在", "en-US": "Not found" },
  "common.conflict": {
    "zh-CN": "数据已被修改或存在冲突，请刷新后重试",
    "en-US": "The data has changed or conflicts with existing data; please refresh and try again",
  },
  "window.same_staff_ab": {
    "zh-CN": "同一窗口的A岗和B岗不能是同一人（AB岗制度）",
    "en-US": "The A and B posts of a window must be different people (AB post rule)",
  },
  "group.not_found": { "zh-CN": "小组不存在", "en-US": "Group not found" },
  "staff.invalid_certificate_level": {
    "zh-CN": "职业技能等级应为一级至五级",
    "en-US": "Certificate level must be between 1 and 5",
  },
  "users.citizen_role": {
    "zh-CN": "办事群众账号须由本人注册，不能在此创建",
    "en-US": "Citizen accounts register themselves and cannot be created here",
  },
  "common.internal": { "zh-CN": "系统繁忙，请稍后再试", "en-US": "The system is busy, please try again later" },

  // booking (预约)
  "booking.slot_in_past": {
    "zh-CN": "该时段已开始或已过，不能预约",
    "en-US": "This slot has already begun and can no longer be booked",
  },
  "booking.too_late_to_book": {
    "zh-CN": "需至少提前{minutes}分钟预约",
    "en-US": "Bookings must be made at least {minutes} minutes before the slot starts",
  },
  "booking.too_far_ahead": {
    "zh-CN": "最多只能预约{days}天内的时段",
    "en-US": "Slots can be booked at most {days} days ahead",
  },
  "booking.invalid_slot": {
    "zh-CN": "所选时段不在办公时间内或当天不办公，请重新选择",
    "en-US": "The chosen slot is outside opening hours or on a closed day; please choose another",
  },
  "booking.slot_full": {
    "zh-CN": "该时段已约满，请选择其他时段",
    "en-US": "This slot is fully booked; please choose another",
  },
  "booking.invalid_capacity": {
    "zh-CN": "时段容量应为不小于0的整数",
    "en-US": "Slot capacity must be a whole number of 0 or more",
  },
  "booking.cap_item_day": {
    "zh-CN": "同一事项每人每天最多预约{limit}次",
    "en-US": "You may hold at most {limit} active booking(s) for the same item on the same day",
  },
  "booking.cap_active_future": {
    "zh-CN": "每人最多同时持有{limit}个未到期的预约",
    "en-US": "You may hold at most {limit} upcoming bookings at a time",
  },
  "booking.cancel_deadline": {
    "zh-CN": "距时段开始不足{minutes}分钟，不能再取消或改约",
    "en-US": "Bookings cannot be cancelled or rescheduled less than {minutes} minutes before the slot starts",
  },
  "booking.not_cancellable": {
    "zh-CN": "该预约当前状态为“{status}”，不能取消或改约",
    "en-US": "This booking is “{status}” and can no longer be cancelled or rescheduled",
  },
  "booking.suspended": {
    "zh-CN": "您在{days}天内爽约已达{limit}次，预约资格暂停至{until}",
    "en-US": "You missed {limit} bookings within {days} days; booking is suspended until {until}",
  },
  "booking.not_found": { "zh-CN": "预约不存在", "en-US": "Booking not found" },
  "booking.item_not_bookable": {
    "zh-CN": "该事项暂不支持预约，请选择其他事项或现场取号",
    "en-US": "This item cannot be booked; choose another item or take a ticket at the hall",
  },
  "booking.materials_not_confirmed": {
    "zh-CN": "请先阅读并确认需携带的材料清单（一次性告知）",
    "en-US": "Please read and confirm the list of materials to bring first",
  },
  "booking.capacity_below_booked": {
    "zh-CN": "该时段已有{booked}个预约，容量不能低于{booked}",
    "en-US": "This slot already has {booked} bookings; its capacity cannot be lower",
  },
  "booking.same_slot": {
    "zh-CN": "新时段与原预约时段相同",
    "en-US": "The new slot is the same as the current one",
  },
  "booking.invalid_code": { "zh-CN": "预约码格式不正确", "en-US": "Invalid booking code" },
  // status names used as {status}; keep in step with BOOKING_STATUS_LABELS (booking/booking-rules.ts)
  "booking.status.confirmed": { "zh-CN": "已预约", "en-US": "confirmed" },
  "booking.status.cancelled": { "zh-CN": "已取消", "en-US": "cancelled" },
  "booking.status.checked_in": { "zh-CN": "已签到", "en-US": "checked in" },
  "booking.status.no_show": { "zh-CN": "爽约", "en-US": "no-show" },
  "booking.status.completed": { "zh-CN": "已完成", "en-US": "completed" },
  "settings.invalid_booking_setting": {
    "zh-CN": "预约规则设置有误：应为不小于{min}的整数",
    "en-US": "Invalid booking setting: it must be a whole number of at least {min}",
  },
};

function lookup(key: string, locale: Locale): string | undefined {
  const entry = MESSAGES[key];
  return entry?.[locale] ?? entry?.[DEFAULT_LOCALE];
}

/**
 * The message for `key` in `locale` (falling back to zh-CN, then to the key itself), with `{name}`
 * placeholders filled from `params`. A string param that is itself a message key is translated into
 * the same locale, so a reason can travel as a key (e.g. `{ reason: "identity.id_checksum" }`).
 * Placeholders without a value are left as they are.
 */
export function translate(key: string, locale: Locale, params?: MessageParams): string {
  const template = lookup(key, locale) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (typeof value === "string") return lookup(value, locale) ?? value;
    return String(value);
  });
}
