import { addMessages } from "@hall/ui";

/** Strings of the calendar page's org layers, sources and warnings (the page's older strings are in messages.ts). */
export const calendarZhCN = {
  "portal.calendar.category.orgHoliday": "上级安排休息",
  "portal.calendar.category.orgWorkday": "上级安排上班",
  "portal.calendar.sources": "本厅日历的来源（靠后的优先）",
  "portal.calendar.source.national": "国家日历",
  "portal.calendar.source.nationalMissing": "国家日历（{year} 年尚未收录）",
  "portal.calendar.source.hall": "本厅设置",
  "portal.calendar.source.days": "{n} 天",
  "portal.calendar.source.edit": "编辑",
  "portal.calendar.source.editLabel": "编辑{name}的日历",
  "portal.calendar.from": "来源：{source}",
  "portal.calendar.warningsTitle": "日历数据不全",
  "portal.calendar.org.title": "{name} · {year} 年日历",
  "portal.calendar.org.hint":
    "在此录入的日期适用于该单位下的所有大厅（如国家尚未发布的明年节假日安排）；各大厅自己的设置仍然优先。",
  "portal.calendar.org.empty": "该单位本年没有录入日期。",
  "portal.calendar.org.date": "日期",
  "portal.calendar.org.kind": "安排",
  "portal.calendar.org.name": "名称",
  "portal.calendar.org.add": "添加",
  "portal.calendar.org.remove": "删除",
  "portal.calendar.org.removeLabel": "删除 {date}",
  "portal.calendar.org.bulk": "批量录入",
  "portal.calendar.org.bulkHint": "每行一个日期：2027-01-01 休 元旦（“休”或“班”，名称选填）",
  "portal.calendar.org.bulkSave": "录入全部",
  "portal.calendar.org.bulkInvalid": "第 {lines} 行无法识别",
  "portal.calendar.org.saved": "已录入 {n} 天",
  "portal.audit.action.calendar.org_set": "设置上级日历",
  "portal.audit.action.calendar.org_remove": "删除上级日历日期",
  "portal.audit.entity.org_calendar": "上级日历",
};

export const calendarEnUS: Record<keyof typeof calendarZhCN, string> = {
  "portal.calendar.category.orgHoliday": "Closed (org unit)",
  "portal.calendar.category.orgWorkday": "Open (org unit)",
  "portal.calendar.sources": "Where this hall's calendar comes from (later wins)",
  "portal.calendar.source.national": "National calendar",
  "portal.calendar.source.nationalMissing": "National calendar (no data for {year} yet)",
  "portal.calendar.source.hall": "This hall's settings",
  "portal.calendar.source.days": "{n} days",
  "portal.calendar.source.edit": "Edit",
  "portal.calendar.source.editLabel": "Edit the calendar of {name}",
  "portal.calendar.from": "From: {source}",
  "portal.calendar.warningsTitle": "Calendar data missing",
  "portal.calendar.org.title": "{name} · calendar {year}",
  "portal.calendar.org.hint":
    "Days entered here apply to every hall below this org unit (e.g. next year's national holidays before they are published); each hall's own settings still win.",
  "portal.calendar.org.empty": "This org unit has entered no days for this year.",
  "portal.calendar.org.date": "Date",
  "portal.calendar.org.kind": "Arrangement",
  "portal.calendar.org.name": "Name",
  "portal.calendar.org.add": "Add",
  "portal.calendar.org.remove": "Remove",
  "portal.calendar.org.removeLabel": "Remove {date}",
  "portal.calendar.org.bulk": "Enter many",
  "portal.calendar.org.bulkHint":
    "One date a line: 2027-01-01 holiday New Year (holiday or workday; the name is optional)",
  "portal.calendar.org.bulkSave": "Enter all",
  "portal.calendar.org.bulkInvalid": "Line {lines} could not be read",
  "portal.calendar.org.saved": "{n} days entered",
  "portal.audit.action.calendar.org_set": "Org calendar days set",
  "portal.audit.action.calendar.org_remove": "Org calendar days removed",
  "portal.audit.entity.org_calendar": "Org calendar",
};

addMessages("zh-CN", calendarZhCN);
addMessages("en-US", calendarEnUS);
