import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appointmentsEnUS, appointmentsZhCN } from "./messages.ts";
import { bookingPagesEnUS, bookingPagesZhCN } from "./pages/booking.messages.ts";
import { dayEnUS, dayZhCN } from "./pages/day.messages.ts";
import { itemsEnUS, itemsZhCN } from "./pages/items.messages.ts";
import { visitEnUS, visitZhCN } from "./pages/visit.messages.ts";
import { queueEnUS, queueZhCN } from "./queue/queue.messages.ts";

const catalogs = [
  [appointmentsZhCN, appointmentsEnUS],
  [itemsZhCN, itemsEnUS],
  [bookingPagesZhCN, bookingPagesEnUS],
  [dayZhCN, dayEnUS],
  [queueZhCN, queueEnUS],
  [visitZhCN, visitEnUS],
] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [path] : [];
  });
}

describe("appointments messages", () => {
  it("have the same keys and placeholders in both languages, none empty", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [zh, en] of catalogs) {
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      for (const [key, text] of Object.entries(zh)) {
        const english = (en as Record<string, string>)[key] ?? "";
        expect(text.trim(), key).not.toBe("");
        expect(english.trim(), key).not.toBe("");
        expect(placeholders(english), key).toEqual(placeholders(text));
      }
    }
  });

  it("cover every literal appointments.* key the pages use, each in exactly one catalogue", () => {
    const all = catalogs.flatMap(([zh]) => Object.keys(zh));
    expect(new Set(all).size).toBe(all.length);
    const used = new Set<string>();
    for (const file of sourceFiles(import.meta.dirname)) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"(appointments\.[\w.]+)"/g)) {
        used.add(match[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !all.includes(key))).toEqual([]);
  });
});
