export const APP_KEYS = ["portal", "appointments", "training", "mentoring", "performance"] as const;
export type AppKey = (typeof APP_KEYS)[number];
export type AppLink = { key: AppKey; href: string };

/** The five micro-frontends with their URL prefixes under the gateway (`base` for a non-root mount). */
export function defaultApps(base = ""): AppLink[] {
  return APP_KEYS.map((key) => ({ key, href: key === "portal" ? `${base}/` : `${base}/${key}/` }));
}
