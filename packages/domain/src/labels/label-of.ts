import type { Locale } from "../errors/messages.ts";

/** The display label of an enum value in the given locale, e.g. `labelOf(ROLE_LABELS, "mentor", "zh-CN")` → "导师". */
export function labelOf<T extends string | number>(
  labels: Record<T, Record<Locale, string>>,
  value: T,
  locale: Locale,
): string {
  return labels[value][locale];
}
