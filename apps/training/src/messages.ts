import { addMessages } from "@hall/ui";

addMessages("zh-CN", {
  "training.title": "培训考试",
  "training.feature1": "课程与“五学联动”排期，检查培训节奏是否达标",
  "training.feature2": "题库、组卷、在线考试与阅卷",
  "training.feature3": "掌握度分析与职业技能等级证书台账",
});
addMessages("en-US", {
  "training.title": "Training & exams",
  "training.feature1": "Courses and the five-way learning cadence, with compliance warnings",
  "training.feature2": "Question bank, papers, online exams and grading",
  "training.feature3": "Mastery analysis and the certificate register",
});
