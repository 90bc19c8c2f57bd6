import { addMessages } from "@hall/ui";

/** The scaffold's own strings (fallback pages, the placeholder welcome page). */
addMessages("zh-CN", {
  "appKit.backHome": "返回首页",
  "appKit.reload": "重新加载",
  "appKit.routeErrorTitle": "页面加载失败",
  "appKit.notFoundTitle": "页面不存在",
  "appKit.notFoundHint": "您访问的页面不存在或已被移除。",
  "appKit.welcome": "{name}，您好",
  "appKit.hall": "所属大厅：{hall}",
  "appKit.comingTitle": "本应用的功能",
});
addMessages("en-US", {
  "appKit.backHome": "Back to home",
  "appKit.reload": "Reload",
  "appKit.routeErrorTitle": "This page failed to load",
  "appKit.notFoundTitle": "Page not found",
  "appKit.notFoundHint": "The page you asked for does not exist or was removed.",
  "appKit.welcome": "Hello, {name}",
  "appKit.hall": "Hall: {hall}",
  "appKit.comingTitle": "What this app does",
});
