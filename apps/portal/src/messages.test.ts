import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calendarEnUS, calendarZhCN } from "./admin/calendar.messages.ts";
import { portalEnUS, portalZhCN } from "./messages.ts";

/** Every catalogue of the portal: the main one and the pages' own (registered with addMessages beside the page). */
const zhCN: Record<string, string> = { ...portalZhCN, ...calendarZhCN };
const enUS: Record<string, string> = { ...portalEnUS, ...calendarEnUS };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [path] : [];
  });
}

describe("portal messages", () => {
  it("have the same keys in both languages, none empty", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of [...Object.entries(zhCN), ...Object.entries(enUS)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("cover every literal portal.* key the pages use", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname))) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\("(portal\.[\w.]+)"/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !(key in zhCN));
    expect(missing).toEqual([]);
  });
});
