import { addMessages } from "@hall/ui";

addMessages("zh-CN", {
  "performance.title": "绩效考核",
  "performance.feature1": "“五位一体”月度综合评分及扣分明细",
  "performance.feature2": "巡查评分表、红黄蓝预警与排名",
  "performance.feature3": "申诉处理与月度通报导出",
});
addMessages("en-US", {
  "performance.title": "Staff performance",
  "performance.feature1": "Monthly composite score with every deduction",
  "performance.feature2": "Patrol score sheet, red/yellow/blue warnings and rankings",
  "performance.feature3": "Appeals and the monthly bulletin export",
});
