/** The materialised path of a new org unit: its parent's path plus its own id ("/1/4/" + 9 → "/1/4/9/"). */
export function orgPathOf(parentPath: string | null, id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) throw new RangeError(`org unit id must be a positive integer, got ${id}`);
  return `${parentPath ?? "/"}${id}/`;
}
