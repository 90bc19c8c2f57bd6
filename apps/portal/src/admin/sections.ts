/** The hall administration sections in menu order; each key is its path under /admin. */
export const ADMIN_SECTIONS = [
  "hall",
  "org",
  "zones",
  "windows",
  "staff",
  "groups",
  "items",
  "calendar",
  "users",
  "audit",
] as const;

export type AdminSection = (typeof ADMIN_SECTIONS)[number];
