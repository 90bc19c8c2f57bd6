/** Staff reference data (SPEC "Shared reference data"): employment type, certificate level, AB posts. */

export const EMPLOYMENT_TYPES = ["civil_servant", "dispatched", "seconded"] as const;

export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, { "zh-CN": string; "en-US": string }> = {
  civil_servant: { "zh-CN": "在编", "en-US": "Established post" },
  dispatched: { "zh-CN": "劳务派遣", "en-US": "Dispatched (agency) staff" },
  seconded: { "zh-CN": "部门派驻", "en-US": "Seconded by a department" },
};

/** Vocational qualification levels (职业技能等级), 5 = entry level … 1 = highest. */
export const CERTIFICATE_LEVELS = [5, 4, 3, 2, 1] as const;

export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

export const CERTIFICATE_LEVEL_LABELS: Record<CertificateLevel, { "zh-CN": string; "en-US": string }> = {
  5: { "zh-CN": "五级/初级工", "en-US": "Level 5 / Junior worker" },
  4: { "zh-CN": "四级/中级工", "en-US": "Level 4 / Intermediate worker" },
  3: { "zh-CN": "三级/高级工", "en-US": "Level 3 / Senior worker" },
  2: { "zh-CN": "二级/技师", "en-US": "Level 2 / Technician" },
  1: { "zh-CN": "一级/高级技师", "en-US": "Level 1 / Senior technician" },
};

/** AB posts (AB岗): each window position has an A holder and a B holder who covers when A is absent. */
export const AB_POSITIONS = ["A", "B"] as const;

export type AbPosition = (typeof AB_POSITIONS)[number];

export const AB_POSITION_LABELS: Record<AbPosition, { "zh-CN": string; "en-US": string }> = {
  A: { "zh-CN": "A岗", "en-US": "A post (primary)" },
  B: { "zh-CN": "B岗", "en-US": "B post (backup)" },
};
