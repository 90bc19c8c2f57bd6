import { DomainError } from "../errors/domain-error.ts";

/** Administrative levels, top down: 省/市/县/乡/村. */
export const ORG_LEVELS = ["province", "city", "county", "township", "village"] as const;

export type OrgLevel = (typeof ORG_LEVELS)[number];

export const ORG_LEVEL_LABELS: Record<OrgLevel, { "zh-CN": string; "en-US": string }> = {
  province: { "zh-CN": "省级", "en-US": "Province" },
  city: { "zh-CN": "市级", "en-US": "City" },
  county: { "zh-CN": "县级", "en-US": "County" },
  township: { "zh-CN": "乡镇(街道)", "en-US": "Township (subdistrict)" },
  village: { "zh-CN": "村(社区)", "en-US": "Village (community)" },
};

/** The message key of a level's name, for `{child}`/`{parent}` in `org.invalid_child_level`. */
export function orgLevelMessageKey(level: OrgLevel): string {
  return `org.level.${level}`;
}

/**
 * A child unit sits exactly one level below its parent (a county under a city, not under a province).
 * A unit without a parent is a root and may be at any level: a deployment may start at the city.
 */
export function assertChildLevel(parent: OrgLevel | null, child: OrgLevel): void {
  if (parent === null) return;
  if (ORG_LEVELS.indexOf(child) === ORG_LEVELS.indexOf(parent) + 1) return;
  throw new DomainError("BAD_REQUEST", "org.invalid_child_level", {
    field: "level",
    params: { child: orgLevelMessageKey(child), parent: orgLevelMessageKey(parent) },
  });
}
