import { labelOf } from "@hall/domain";
import { useLocale } from "@hall/ui";
import { useCallback } from "react";

type LabelTable<T extends string | number> = Record<T, { "zh-CN": string; "en-US": string }>;

/** `label(TABLE, value)` in the current UI language; unknown values are shown as they are. */
export function useLabel() {
  const { locale } = useLocale();
  return useCallback(
    <T extends string | number>(labels: LabelTable<T>, value: T | null | undefined): string => {
      if (value === null || value === undefined) return "";
      return value in labels ? labelOf(labels, value, locale) : String(value);
    },
    [locale],
  );
}

/** Select options for the values of a domain label table, in the given order. */
export function useLabelOptions() {
  const label = useLabel();
  return useCallback(
    <T extends string | number>(labels: LabelTable<T>, values: readonly T[]) =>
      values.map((value) => ({ value, label: label(labels, value) })),
    [label],
  );
}
