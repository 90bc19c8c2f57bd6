import { addMessages } from "@hall/ui";

/** Strings of the item list and item (materials) pages. */
export const itemsZhCN = {
  "appointments.items.title": "选择办理事项",
  "appointments.items.search": "搜索事项",
  "appointments.items.searchPlaceholder": "输入事项名称、部门或关键字",
  "appointments.items.hall": "大厅",
  "appointments.items.zone": "功能区",
  "appointments.items.theme": "一件事",
  "appointments.items.all": "全部",
  "appointments.items.count": "共 {n} 个事项",
  "appointments.items.none": "没有符合条件的事项",
  "appointments.items.instant": "即办件",
  "appointments.items.promisedDays": "承诺 {n} 个工作日",
  "appointments.items.notBookable": "暂不支持预约",
  "appointments.item.backToItems": "返回事项列表",
  "appointments.item.notFound": "未找到该事项",
  "appointments.item.notBookable": "该事项暂不支持在线预约，可直接到大厅现场取号办理。",
  "appointments.item.next": "下一步：选择预约时间",
  "appointments.item.confirmFirst": "请先阅读材料清单并勾选确认",
} as const satisfies Record<string, string>;

export const itemsEnUS: Record<keyof typeof itemsZhCN, string> = {
  "appointments.items.title": "Choose a service",
  "appointments.items.search": "Search services",
  "appointments.items.searchPlaceholder": "Service name, department or keyword",
  "appointments.items.hall": "Hall",
  "appointments.items.zone": "Area",
  "appointments.items.theme": "One-stop",
  "appointments.items.all": "All",
  "appointments.items.count": "{n} services",
  "appointments.items.none": "No service matches",
  "appointments.items.instant": "Same-day",
  "appointments.items.promisedDays": "Done within {n} working days",
  "appointments.items.notBookable": "Not bookable",
  "appointments.item.backToItems": "Back to the services",
  "appointments.item.notFound": "Service not found",
  "appointments.item.notBookable": "This service cannot be booked online; take a ticket at the hall instead.",
  "appointments.item.next": "Next: choose a time",
  "appointments.item.confirmFirst": "Read the list of materials and tick the box first",
};

addMessages("zh-CN", itemsZhCN);
addMessages("en-US", itemsEnUS);
