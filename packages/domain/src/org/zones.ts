import { DomainError } from "../errors/domain-error.ts";

/** Functional zones of a hall (功能区, HN §一). */
export const ZONE_KINDS = [
  "consultation",
  "acceptance_general",
  "acceptance_specialty",
  "waiting",
  "backoffice_approval",
  "self_service",
  "elderly",
  "value_added",
] as const;

export type ZoneKind = (typeof ZONE_KINDS)[number];

export const ZONE_KIND_LABELS: Record<ZoneKind, { "zh-CN": string; "en-US": string }> = {
  consultation: { "zh-CN": "咨询辅导区", "en-US": "Consultation and guidance area" },
  acceptance_general: { "zh-CN": "综合受理区", "en-US": "General acceptance area" },
  acceptance_specialty: { "zh-CN": "专业综合受理区", "en-US": "Specialty acceptance area" },
  waiting: { "zh-CN": "办事等候区", "en-US": "Waiting area" },
  backoffice_approval: { "zh-CN": "后台审批区", "en-US": "Back-office approval area" },
  self_service: { "zh-CN": "网办专区/7×24自助区", "en-US": "Online services / 24-hour self-service area" },
  elderly: { "zh-CN": "为老服务区", "en-US": "Elderly services area" },
  value_added: { "zh-CN": "增值服务区", "en-US": "Value-added services area" },
};

/** A hall has at most 6 specialty acceptance zones (豫审信〔2024〕44号 §一(二)); the admin setting may say otherwise. */
export const MAX_SPECIALTY_ZONES = 6;

/** Refuses another specialty acceptance zone once the hall already has `limit` of them. */
export function assertCanAddSpecialtyZone(existingSpecialtyZones: number, limit = MAX_SPECIALTY_ZONES): void {
  if (existingSpecialtyZones >= limit) {
    throw new DomainError("BAD_REQUEST", "zone.specialty_limit", { field: "kind", params: { limit } });
  }
}
