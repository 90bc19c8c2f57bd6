import { addMessages } from "@hall/ui";

addMessages("zh-CN", {
  "performance.title": "绩效考核",
  "performance.welcome": "{name}，您好",
  "performance.hall": "所属大厅：{hall}",
  "performance.comingTitle": "本应用的功能",
  "performance.feature1": "“五位一体”月度综合评分及扣分明细",
  "performance.feature2": "巡查评分表、红黄蓝预警与排名",
  "performance.feature3": "申诉处理与月度通报导出",
});
addMessages("en-US", {
  "performance.title": "Staff performance",
  "performance.welcome": "Hello, {name}",
  "performance.hall": "Hall: {hall}",
  "performance.comingTitle": "What this app does",
  "performance.feature1": "Monthly composite score with every deduction",
  "performance.feature2": "Patrol score sheet, red/yellow/blue warnings and rankings",
  "performance.feature3": "Appeals and the monthly bulletin export",
});
