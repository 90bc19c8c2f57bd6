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
  "auth.rate_limited_for": {
    "zh-CN": "尝试次数过多，请{minutes}分钟后再试",
    "en-US": "Too many attempts, please try again in {minutes} min",
  },
  "auth.cross_site": {
    "zh-CN": "拒绝来自其他网站的请求",
    "en-US": "Requests from another site are refused",
  },
  "auth.json_only": {
    "zh-CN": "请求格式不受支持（仅接受 application/json）",
    "en-US": "Unsupported request body (only application/json is accepted)",
  },
  "auth.phone_taken": { "zh-CN": "该手机号已注册", "en-US": "This phone number is already registered" },
  "auth.login_taken": { "zh-CN": "该账号已被使用", "en-US": "This account name is already taken" },
  "auth.id_number_taken": {
    "zh-CN": "该身份证号已注册账号，每个身份证号只能注册一个账号",
    "en-US": "An account with this ID number already exists (one account per ID number)",
  },
  "auth.login_is_phone": {
    "zh-CN": "账号不能是手机号（手机号用于市民登录）",
    "en-US": "An account name cannot be a mobile number (citizens sign in with theirs)",
  },
  "auth.weak_password": {
    "zh-CN": "密码强度不足：至少8位，且须同时包含字母和数字",
    "en-US": "Password too weak: use at least 8 characters with both letters and digits",
  },

  // identity
  "identity.real_name_mismatch": {
    "zh-CN": "姓名与身份证号未通过实名核验",
    "en-US": "The name and ID number did not pass the real-name check",
  },
  "identity.card_mismatch": {
    "zh-CN": "身份证号与该号码对应账号登记的不一致，未核验",
    "en-US": "This ID card does not match the ID number of the ticket's account; nothing was verified",
  },
  "identity.no_account": {
    "zh-CN": "该号码不属于市民账号（现场取号时已由窗口录入身份证号）",
    "en-US": "This ticket belongs to no citizen account (a walk-in's ID number is entered by the clerk)",
  },
  "identity.no_id_number": {
    "zh-CN": "该账号未登记身份证号",
    "en-US": "This account has no ID number",
  },
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
  "calendar.no_data_for_month": {
    "zh-CN":
      "{month} 没有节假日安排：国家日历尚未发布，上级单位也未录入，节假日会被当作工作日。请在上级单位日历中录入。",
    "en-US":
      "No holiday schedule for {month}: the national calendar is not out yet and no org unit above has entered it, so holidays would count as working days. Enter it in an org unit's calendar.",
  },
  "calendar.org_day_not_found": {
    "zh-CN": "该单位这一天没有日历设置",
    "en-US": "This org unit has no setting for that day",
  },
  "calendar.duplicate_date": { "zh-CN": "同一日期出现了多次", "en-US": "The same date is listed more than once" },
  "queue.priority_not_claimable": {
    "zh-CN": "优先办理须由窗口工作人员核验证件后给予，不能自行声明",
    "en-US": "Priority is given by counter staff who check your papers; you cannot claim it yourself",
  },

  // common
  "validation.failed": { "zh-CN": "输入有误", "en-US": "Invalid input" },
  "validation.unsafe_text": {
    "zh-CN": "含有不允许的字符（空字符或不完整的字符编码）",
    "en-US": "contains characters that are not allowed (NUL or an incomplete character encoding)",
  },
  "common.reference_not_found": {
    "zh-CN": "引用的记录不存在",
    "en-US": "refers to a record that does not exist",
  },
  "common.in_use": {
    "zh-CN": "该记录仍被其他数据引用，不能删除",
    "en-US": "The record is still in use and cannot be deleted",
  },
  "common.invalid_value": { "zh-CN": "取值超出允许范围", "en-US": "The value is out of the allowed range" },
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
  "queue.window_busy": {
    "zh-CN": "本窗口还有未办结的号（{number}），请先办结、过号或转窗",
    "en-US": "This window still has ticket {number} open; complete, pass or transfer it first",
  },
  "queue.ticket_not_found": { "zh-CN": "号票不存在", "en-US": "Ticket not found" },
  "queue.not_your_window": {
    "zh-CN": "这是其他窗口的号，只有该窗口的工作人员或窗口负责人可以操作",
    "en-US": "This ticket belongs to another window; only its staff or a supervisor may act on it",
  },
  "queue.transfer_target": {
    "zh-CN": "请指定要转往的窗口或功能区（二选一）",
    "en-US": "Name either the window or the zone to transfer to",
  },
  "refusal.not_found": { "zh-CN": "办不成事申请不存在", "en-US": "Refusal request not found" },
  "rating.not_found": { "zh-CN": "只能评价本人已办结的号", "en-US": "You can rate only your own completed tickets" },
  "case.not_found": { "zh-CN": "整改工单不存在", "en-US": "Rectification case not found" },
  "case.illegal_transition": {
    "zh-CN": "整改工单当前为“{from}”，不能{action}",
    "en-US": "The case is {from}; it cannot be {action}",
  },
  "case.status.open": { "zh-CN": "待整改", "en-US": "open" },
  "case.status.followed_up": { "zh-CN": "已回访", "en-US": "followed up" },
  "case.status.closed": { "zh-CN": "已办结", "en-US": "closed" },
  "case.action.follow_up": { "zh-CN": "记录回访", "en-US": "followed up" },
  "case.action.close": { "zh-CN": "办结", "en-US": "closed" },
  "case.closed": { "zh-CN": "整改工单已办结，不能再指派", "en-US": "The case is closed and cannot be assigned" },
  "complaint.not_found": { "zh-CN": "投诉不存在", "en-US": "Complaint not found" },
  "common.internal": { "zh-CN": "系统繁忙，请稍后再试", "en-US": "The system is busy, please try again later" },
  /** The database is unreachable, restarting or too slow (HTTP 503); the request may be retried. */
  "common.unavailable": { "zh-CN": "系统繁忙，请稍后再试", "en-US": "The system is busy, please try again" },

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
    "en-US": "This slot already has {booked} bookings; its capacity cannot be lower than {booked}",
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

  // hall queue (取号 · 叫号 · 办件)
  "queue.invalid_ticket_prefix": {
    "zh-CN": "号码前缀应为一个大写英文字母（A–Z）",
    "en-US": "A ticket prefix must be one capital letter (A–Z)",
  },
  "queue.not_working_day": {
    "zh-CN": "今天不是工作日，大厅不取号",
    "en-US": "The hall is closed today; no tickets are issued",
  },
  "queue.not_open_yet": {
    "zh-CN": "尚未开始取号，请于{opensAt}后取号",
    "en-US": "Tickets are not issued yet; please come back from {opensAt}",
  },
  "queue.closed": {
    "zh-CN": "已过下班时间（{closingTime}），今日停止取号",
    "en-US": "The hall closed at {closingTime}; no more tickets are issued today",
  },
  "queue.check_in_not_confirmed": {
    "zh-CN": "该预约当前状态为“{status}”，不能签到",
    "en-US": "This booking is “{status}” and cannot be checked in",
  },
  "queue.check_in_too_early": {
    "zh-CN": "还未到签到时间，请于{opensAt}后签到",
    "en-US": "Too early to check in; check-in opens at {opensAt}",
  },
  "queue.check_in_too_late": {
    "zh-CN": "签到时间已于{closedAt}截止，请现场取号",
    "en-US": "Check-in closed at {closedAt}; please take a ticket at the hall",
  },
  "queue.not_callable": {
    "zh-CN": "该号当前状态为“{status}”，不能呼叫",
    "en-US": "This ticket is “{status}” and cannot be called",
  },
  "queue.not_called": {
    "zh-CN": "该号当前状态为“{status}”，只有已呼叫的号才能重呼、过号或开始办理",
    "en-US": "This ticket is “{status}”; only a called ticket can be recalled, passed or started",
  },
  "queue.recall_limit": {
    "zh-CN": "已重呼{limit}次，请作过号处理",
    "en-US": "This ticket has been recalled {limit} times; pass it now",
  },
  "queue.not_passed": {
    "zh-CN": "该号当前状态为“{status}”，只有已过号的号才能重新排队",
    "en-US": "This ticket is “{status}”; only a passed ticket can be re-queued",
  },
  "queue.requeue_limit": {
    "zh-CN": "过号后最多只能重新排队{limit}次",
    "en-US": "A passed ticket can be re-queued at most {limit} time(s)",
  },
  "queue.not_at_window": {
    "zh-CN": "该号当前状态为“{status}”，不在窗口办理中",
    "en-US": "This ticket is “{status}” and is not at a window",
  },
  "queue.missing_materials_required": {
    "zh-CN": "容缺受理须列明所缺材料",
    "en-US": "Acceptance pending materials must list the missing materials",
  },
  "queue.material_not_waivable": {
    "zh-CN": "“{material}”是必须提交的材料，不能容缺受理",
    "en-US": "“{material}” is a required material and cannot be missing in an acceptance pending materials",
  },
  "queue.material_unknown": {
    "zh-CN": "“{material}”不是该事项的申请材料",
    "en-US": "“{material}” is not one of this service's materials",
  },
  "queue.notice_text_required": {
    "zh-CN": "一次性告知须填写告知内容",
    "en-US": "A notice must say what to bring",
  },
  // ticket status names used as {status}; keep in step with TICKET_STATUS_LABELS (queue/calling.ts)
  "queue.ticket_status.waiting": { "zh-CN": "等候中", "en-US": "waiting" },
  "queue.ticket_status.called": { "zh-CN": "已呼叫", "en-US": "called" },
  "queue.ticket_status.serving": { "zh-CN": "办理中", "en-US": "being served" },
  "queue.ticket_status.passed": { "zh-CN": "已过号", "en-US": "passed" },
  "queue.ticket_status.transferred": { "zh-CN": "已转窗", "en-US": "transferred" },
  "queue.ticket_status.done": { "zh-CN": "已办结", "en-US": "done" },

  // refusals (办不成事)
  "refusal.already_requested": {
    "zh-CN": "该号已有“办不成事”申请（{status}），不能重复申请",
    "en-US": "This ticket already has a refusal request ({status})",
  },
  "refusal.already_decided": {
    "zh-CN": "该“办不成事”申请已审批（{status}），不能再次审批",
    "en-US": "This refusal request has already been decided ({status})",
  },
  "refusal.reason_required": { "zh-CN": "请填写审批意见", "en-US": "Please give a reason for the decision" },
  "refusal.own_request": {
    "zh-CN": "不能审批本人提出的“办不成事”申请",
    "en-US": "You cannot decide a refusal request you made yourself",
  },
  "refusal.not_approved": {
    "zh-CN": "“办不成事”须经窗口负责人批准后方可办结",
    "en-US": "A refusal needs the window chief's approval before the ticket can be completed as refused",
  },
  // refusal status names used as {status}; keep in step with REFUSAL_STATUS_LABELS (queue/refusal.ts)
  "refusal.approved_only_refused": {
    "zh-CN": "办不成事申请已批准，只能按“办不成事”办结",
    "en-US": "The refusal was approved: the ticket can only be completed as refused",
  },
  "refusal.status.requested": { "zh-CN": "待审批", "en-US": "awaiting approval" },
  "refusal.status.approved": { "zh-CN": "已批准", "en-US": "approved" },
  "refusal.status.denied": { "zh-CN": "未批准", "en-US": "denied" },

  // ratings (好差评)
  "rating.invalid_score": { "zh-CN": "评价应为1至5分", "en-US": "A rating must be a score from 1 to 5" },
  "rating.not_completed": { "zh-CN": "办结后才能评价", "en-US": "A ticket can be rated only once it is completed" },
  "rating.already_rated": { "zh-CN": "该次服务已评价，不能重复评价", "en-US": "This service has already been rated" },
  "rating.window_closed": {
    "zh-CN": "已超过评价期限（办结后{days}天内）",
    "en-US": "The rating period has ended (within {days} days of completion)",
  },

  // complaints (投诉)
  "complaint.illegal_transition": {
    "zh-CN": "投诉不能从“{from}”转为“{to}”",
    "en-US": "A complaint cannot go from “{from}” to “{to}”",
  },
  "complaint.flags_locked": {
    "zh-CN": "投诉已备案回访，不能再修改查实或重大标记",
    "en-US": "The complaint is filed; its verified and major flags can no longer change",
  },
  "complaint.verified_needs_staff": {
    "zh-CN": "查实的投诉须指明被投诉的工作人员",
    "en-US": "A verified complaint must name the staff member it is against",
  },
  // complaint status names used as {from}/{to}; keep in step with COMPLAINT_STATUS_LABELS (queue/complaint.ts)
  "complaint.status.received": { "zh-CN": "接诉受理", "en-US": "received" },
  "complaint.status.handling": { "zh-CN": "协调办理", "en-US": "being handled" },
  "complaint.status.replied": { "zh-CN": "办结回复", "en-US": "replied" },
  "complaint.status.filed": { "zh-CN": "备案回访", "en-US": "filed" },
  "settings.invalid_queue_setting": {
    "zh-CN": "排队规则设置有误：应为不小于{min}的整数",
    "en-US": "Invalid queue setting: it must be a whole number of at least {min}",
  },
  "settings.queue_setting_too_large": {
    "zh-CN": "排队规则设置有误：不能大于{max}",
    "en-US": "Invalid queue setting: it must be at most {max}",
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
