/**
 * The `?next=` target after signing in, accepted only when it is a path on this origin
 * ("/training/exams?id=3"); anything else ("//evil.example", "https://…", "javascript:…") gives null.
 */
export function safeNextPath(next: string | null | undefined, origin = window.location.origin): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
