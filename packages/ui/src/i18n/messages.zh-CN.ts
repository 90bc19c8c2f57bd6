/** Built-in zh-CN catalog (the default language). Flat keys, `{name}` placeholders. */
export const zhCN = {
  "platform.title": "政务服务大厅综合管理平台",
  "platform.shortTitle": "政务服务大厅",

  "app.portal": "首页",
  "app.appointments": "预约取号",
  "app.training": "培训考试",
  "app.mentoring": "导师带教",
  "app.performance": "绩效考核",

  "shell.logout": "退出登录",
  "shell.login": "登录",
  "shell.language": "语言",
  "shell.signedInAs": "当前用户：{name}",
  "shell.menu": "菜单",
  "shell.apps": "应用导航",
  "shell.userMenu": "用户菜单",

  "common.save": "保存",
  "common.cancel": "取消",
  "common.create": "新建",
  "common.edit": "编辑",
  "common.delete": "删除",
  "common.search": "搜索",
  "common.searchPlaceholder": "输入关键字搜索",
  "common.actions": "操作",
  "common.loading": "加载中…",
  "common.empty": "暂无数据",
  "common.yes": "是",
  "common.no": "否",
  "common.total": "共 {total} 条",

  "form.required": "请输入{label}",
  "form.requiredSelect": "请选择{label}",

  "error.title": "操作失败",
  "error.network": "网络连接失败，请检查网络后重试",
  "error.unknown": "发生未知错误，请稍后重试",
  "error.field": "{field}：{message}",

  "masked.id": "身份证号（已脱敏）",
  "masked.phone": "手机号（已脱敏）",
  "masked.reveal": "查看完整号码",
  "masked.hide": "隐藏",

  "role.citizen": "办事群众",
  "role.window_staff": "窗口工作人员",
  "role.group_leader": "小组长",
  "role.window_chief": "窗口负责人",
  "role.duty_leader": "带班领导",
  "role.trainer": "培训师",
  "role.mentor": "导师",
  "role.inspector": "巡查员",
  "role.hall_admin": "大厅管理员",

  "login.title": "登录",
  "login.login": "账号/手机号",
  "login.loginPlaceholder": "请输入账号或手机号",
  "login.loginRequired": "请输入账号或手机号",
  "login.password": "密码",
  "login.passwordPlaceholder": "请输入密码",
  "login.passwordRequired": "请输入密码",
  "login.submit": "登录",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zhCN;
