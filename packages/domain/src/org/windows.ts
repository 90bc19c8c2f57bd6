import { DomainError } from "../errors/domain-error.ts";

/** Window (窗口) types (SPEC "Shared reference data"). */
export const WINDOW_TYPES = [
  "general",
  "specialty",
  "one_thing",
  "complaint",
  "certificate",
  "elderly",
  "military_priority",
  "assisted",
] as const;

export type WindowType = (typeof WINDOW_TYPES)[number];

export const WINDOW_TYPE_LABELS: Record<WindowType, { "zh-CN": string; "en-US": string }> = {
  general: { "zh-CN": "无差别综合受理", "en-US": "General acceptance (any item)" },
  specialty: { "zh-CN": "专业综合受理", "en-US": "Specialty acceptance" },
  one_thing: { "zh-CN": "一件事综合受理", "en-US": "“Get one thing done” acceptance" },
  complaint: { "zh-CN": "有诉即办(办不成事反映)", "en-US": "Complaints (“could not get it done”)" },
  certificate: { "zh-CN": "统一发证", "en-US": "Certificate issuing" },
  elderly: { "zh-CN": "老年人服务专窗", "en-US": "Elderly services" },
  military_priority: { "zh-CN": "军人依法优先", "en-US": "Military priority" },
  assisted: { "zh-CN": "帮办代办", "en-US": "Assisted service" },
};

/**
 * A window dedicated to a single service item is allowed only for an instant item (即办件)
 * (豫审信〔2024〕44号 §一(二)). `null` means the window is not item-specific, which is always fine.
 */
export function assertItemSpecificWindowAllowed(item: { instant: boolean } | null): void {
  if (item === null || item.instant) return;
  throw new DomainError("BAD_REQUEST", "window.item_specific_requires_instant", { field: "itemId" });
}
