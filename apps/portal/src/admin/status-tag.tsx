import { useT } from "@hall/ui";
import { Tag } from "antd";

/** 启用 / 停用 */
export function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  return active ? <Tag color="success">{t("portal.active")}</Tag> : <Tag>{t("portal.inactive")}</Tag>;
}

/** 是 as a coloured tag, nothing for 否 (keeps boolean columns quiet). */
export function YesTag({ value, label, color = "blue" }: { value: boolean; label: string; color?: string }) {
  return value ? <Tag color={color}>{label}</Tag> : null;
}
