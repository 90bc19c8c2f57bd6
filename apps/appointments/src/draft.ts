/**
 * The citizen's confirmation of an item's materials list (一次性告知), kept for the browser tab while they pick a
 * time and confirm (a reload must not skip it, a new tab must ask again).
 */
const key = (itemId: number) => `appointments.materialsConfirmed.${itemId}`;

export function hasConfirmedMaterials(itemId: number): boolean {
  try {
    return window.sessionStorage.getItem(key(itemId)) === "1";
  } catch {
    return false;
  }
}

export function setConfirmedMaterials(itemId: number, confirmed: boolean): void {
  try {
    if (confirmed) window.sessionStorage.setItem(key(itemId), "1");
    else window.sessionStorage.removeItem(key(itemId));
  } catch {
    // storage unavailable: the citizen will be asked again
  }
}

/**
 * A fresh idempotency key for one confirm click: a retried request with it cannot book twice.
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); elsewhere build a v4 UUID by hand.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
