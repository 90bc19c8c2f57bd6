import { addMessages } from "@hall/ui";

/** The error page's strings: it must show even when chunks fail to load. (The lazily loaded pages register theirs.) */
addMessages("zh-CN", {
  "appKit.reload": "重新加载",
  "appKit.routeErrorTitle": "页面加载失败",
});
addMessages("en-US", {
  "appKit.reload": "Reload",
  "appKit.routeErrorTitle": "This page failed to load",
});
