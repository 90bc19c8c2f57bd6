import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditLabel, LOCALES } from "@hall/domain";
import { describe, expect, it } from "vitest";

/** Source files of the API that may write the audit log (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.includes(".test.") ? [path] : [];
  });
}

/**
 * The actions a template literal can produce (`queue.${action}`): each template must be listed here with its values,
 * so a new one fails until its labels exist.
 */
const TEMPLATES: Record<string, string[]> = {
  "queue.${action}": ["queue.recall", "queue.pass", "queue.requeue", "queue.start"],
  "case.${input.action}": ["case.assign", "case.follow_up", "case.close"],
  "refusal.${decision}": ["refusal.approved", "refusal.denied"],
};

function audited(): { actions: Set<string>; entities: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sources(import.meta.dirname)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\baction: "([a-z_]+\.[a-z_.]+)"/g)) actions.add(m[1]!);
    for (const m of text.matchAll(/\baction: `([^`]+)`/g)) {
      const expanded = TEMPLATES[m[1]!];
      if (expanded) for (const a of expanded) actions.add(a);
      else unknownTemplates.push(`${file}: ${m[1]}`);
    }
    for (const m of text.matchAll(/\bentity: "([a-z_]+)"/g)) entities.add(m[1]!);
  }
  return { actions, entities, unknownTemplates };
}

describe("audit log labels", () => {
  const { actions, entities, unknownTemplates } = audited();

  it("finds the audited actions and entities in the source", () => {
    expect(unknownTemplates).toEqual([]);
    // Sanity: the scan sees the calls it must (a broken pattern would make the next test pass vacuously).
    for (const a of ["queue.call", "rating.submit", "booking.capacity", "auth.login"]) expect(actions).toContain(a);
    for (const e of ["booking_slot", "ticket", "user"]) expect(entities).toContain(e);
  });

  it("has a label in both languages for every audited action and entity", () => {
    const missing = [
      ...[...actions].filter((a) => !Object.hasOwn(AUDIT_ACTION_LABELS, a)).map((a) => `action ${a}`),
      ...[...entities].filter((e) => !Object.hasOwn(AUDIT_ENTITY_LABELS, e)).map((e) => `entity ${e}`),
    ];
    expect(missing).toEqual([]);
    for (const labels of [AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS]) {
      for (const [code, label] of Object.entries(labels)) {
        for (const locale of LOCALES) expect(label[locale]?.trim(), `${code} ${locale}`).toBeTruthy();
        expect(label["zh-CN"], code).not.toBe(label["en-US"]);
      }
    }
  });

  it("shows an unknown code as it is", () => {
    expect(auditLabel("action", "queue.call", "en-US")).toBe("Ticket called");
    expect(auditLabel("entity", "booking_slot", "zh-CN")).toBe("预约时段");
    expect(auditLabel("action", "something.new", "zh-CN")).toBe("something.new");
    expect(auditLabel("action", "toString", "zh-CN")).toBe("toString");
  });
});
