/** Trimmed text, or null when empty (optional text inputs send null, not ""). */
export function textOrNull(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Trimmed text, or undefined when empty (for "leave blank to keep" inputs on update). */
export function textOrUndefined(value: unknown): string | undefined {
  return textOrNull(value) ?? undefined;
}

/** A select / number / date value, or null when cleared. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value ?? null;
}
