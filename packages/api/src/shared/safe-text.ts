/** NUL, or a UTF-16 surrogate that is not part of a pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string may be stored as text: no NUL byte, no unpaired surrogate. */
export function isSafeText(s: string): boolean {
  return !UNSAFE.test(s);
}

/**
 * The path of the first unsafe string (value or object key) inside an input, or null. Walks at most `limit` nodes
 * (inputs are bounded by the body limit; this bounds the walk too).
 */
export function findUnsafeText(input: unknown, limit = 100_000): (string | number)[] | null {
  let seen = 0;
  const walk = (v: unknown, path: (string | number)[]): (string | number)[] | null => {
    if (++seen > limit) return null;
    if (typeof v === "string") return isSafeText(v) ? null : path;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const r = walk(v[i], [...path, i]);
        if (r) return r;
      }
      return null;
    }
    if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (!isSafeText(k)) return [...path, "(key)"];
        const r = walk(child, [...path, k]);
        if (r) return r;
      }
    }
    return null;
  };
  return walk(input, []);
}
