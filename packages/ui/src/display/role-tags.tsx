import { Space, Tag } from "antd";
import { useT } from "../i18n/i18n-provider.tsx";

export const ROLE_CODES = [
  "citizen",
  "window_staff",
  "group_leader",
  "window_chief",
  "duty_leader",
  "trainer",
  "mentor",
  "inspector",
  "hall_admin",
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

const roleColors: Record<RoleCode, string> = {
  citizen: "default",
  window_staff: "blue",
  group_leader: "cyan",
  window_chief: "geekblue",
  duty_leader: "purple",
  trainer: "green",
  mentor: "gold",
  inspector: "orange",
  hall_admin: "red",
};

function isRoleCode(code: string): code is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(code);
}

/** Localised label of a role code (unknown codes are shown as-is). */
export function useRoleLabel(): (code: string) => string {
  const t = useT();
  return (code) => (isRoleCode(code) ? t(`role.${code}`) : code);
}

export type RoleTagsProps = {
  /** Role codes (e.g. "hall_admin"); unknown codes are shown as they are, in grey. */
  roles: readonly string[];
};

/** A user's roles as coloured antd tags, each labelled in the current language. */
export function RoleTags({ roles }: RoleTagsProps) {
  const label = useRoleLabel();
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((role) => (
        <Tag key={role} color={isRoleCode(role) ? roleColors[role] : "default"}>
          {label(role)}
        </Tag>
      ))}
    </Space>
  );
}
