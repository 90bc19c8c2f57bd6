import { addMessages } from "@hall/ui";

addMessages("zh-CN", {
  "mentoring.title": "导师带教（1+N）",
  "mentoring.feature1": "导师与新人结对，带教目标与清单签字确认",
  "mentoring.feature2": "带教日志（跟岗记录）",
  "mentoring.feature3": "季度考核（理论60% + 情景模拟40%）与出师认定",
});
addMessages("en-US", {
  "mentoring.title": "Mentoring (1+N)",
  "mentoring.feature1": "Pair mentors with new staff; goals with checklists and sign-off",
  "mentoring.feature2": "Coaching log (shadowing records)",
  "mentoring.feature3": "Quarterly assessment (theory 60% + scenario 40%) and graduation",
});
