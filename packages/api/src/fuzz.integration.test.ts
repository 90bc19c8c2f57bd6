import { sql } from "@hall/db";
import { idNumberCheckDigit } from "@hall/domain";
import type { AnyProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./root.ts";
import { createTestEnv, type TestEnv } from "./testing/harness.ts";

/**
 * Every procedure of the router (found from the router, so procedures added later are covered) is fed wrong types,
 * out-of-range numbers, hostile strings and oversize values, field by field, as an anonymous caller, a citizen and a
 * hall admin. No answer may be a 500, and a refused call may write nothing.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
};

const ID_17 = "11010519491231002";
const VALID_ID = `${ID_17}${idNumberCheckDigit(ID_17)}`;

/** Plausible values for well-known field names, so a mutated call gets past the other fields. */
const KNOWN: Record<string, unknown> = {
  phone: "13800000009",
  idNumber: VALID_ID,
  password: "abc12345",
  date: "2026-11-24",
  from: "2026-11-23",
  to: "2026-11-30",
  start: "2026-11-24T10:00:00+08:00",
  login: "admin",
  code: "ABCD1234",
};

function plausible(s: JsonSchema, name?: string): unknown {
  if (name && name in KNOWN) return KNOWN[name];
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return plausible(alt.find((a) => a.type !== "null") ?? alt[0]!, name);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "integer":
    case "number":
      return Math.max(1, s.minimum ?? (s.exclusiveMinimum ?? 0) + 1);
    case "boolean":
      return true;
    case "string":
      if (s.format === "date" || /\\d\{4\}-\\d\{2\}-\\d\{2\}\$/.test(s.pattern ?? "")) return "2026-11-24";
      if (s.format === "date-time" || /T\\d/.test(s.pattern ?? "")) return "2026-11-24T10:00:00+08:00";
      return "测试".padEnd(Math.max(2, s.minLength ?? 0), "试");
    case "array":
      return s.minItems && s.items ? Array.from({ length: s.minItems }, () => plausible(s.items!)) : [];
    case "object": {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k)) o[k] = plausible(v, k);
      }
      return o;
    }
    case "null":
      return null;
    default:
      return undefined;
  }
}

const HOSTILE_NUMBERS = [2147483648, 2 ** 53, -1, 0, 1.5, -2147483649, 1e308, "1", null, true];
const HOSTILE_STRINGS = [
  "\u0000",
  "ab\u0000cd",
  "\ud800",
  "x\udc00",
  "x".repeat(200_000),
  "'; drop table users; --",
  "",
  "   ",
  "𠮷".repeat(50),
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "9999-99-99T99:99:99Z",
  "0000-00-00",
  12,
  null,
  {},
];
const HOSTILE_ANY = ["x", 42, null, [], {}, { __proto__: { admin: true } }, Array.from({ length: 5000 }, () => 1)];

function hostileFor(s: JsonSchema | undefined): unknown[] {
  const type = Array.isArray(s?.type) ? s?.type.find((t) => t !== "null") : s?.type;
  if (type === "integer" || type === "number") return HOSTILE_NUMBERS;
  if (type === "string") return HOSTILE_STRINGS;
  return HOSTILE_ANY;
}

/** The inputs to try for one procedure: hostile whole inputs, then each field (one level deep) replaced in turn. */
function casesFor(schema: JsonSchema | null): { label: string; input: unknown }[] {
  const cases: { label: string; input: unknown }[] = HOSTILE_ANY.map((v, i) => ({ label: `input#${i}`, input: v }));
  cases.push({ label: "input:undefined", input: undefined });
  if (!schema) return cases;
  const root = (schema.anyOf ?? schema.oneOf)?.find((a) => a.type === "object") ?? schema;
  if (root.type !== "object" || !root.properties) return cases;
  const base = plausible(root) as Record<string, unknown>;
  for (const [key, prop] of Object.entries(root.properties)) {
    for (const [i, v] of hostileFor(prop).entries()) cases.push({ label: `${key}#${i}`, input: { ...base, [key]: v } });
    // One level deeper: objects and arrays of objects.
    const inner = prop.type === "array" ? prop.items : prop;
    if (inner?.type === "object" && inner.properties) {
      const innerBase = plausible(inner) as Record<string, unknown>;
      for (const [k2, p2] of Object.entries(inner.properties)) {
        for (const [i, v] of hostileFor(p2).slice(0, 6).entries()) {
          const mutated = { ...innerBase, [k2]: v };
          cases.push({
            label: `${key}.${k2}#${i}`,
            input: { ...base, [key]: prop.type === "array" ? [mutated] : mutated },
          });
        }
      }
    }
  }
  return cases;
}

function inputSchemaOf(proc: AnyProcedure): JsonSchema | null {
  const inputs = (proc._def as { inputs?: unknown[] }).inputs ?? [];
  if (!inputs.length) return null;
  try {
    return z.toJSONSchema(inputs[0] as z.ZodType, { unrepresentable: "any", io: "input" }) as JsonSchema;
  } catch {
    return null;
  }
}

/** Procedures whose refusals write by design: failed sign-ins are recorded (throttling, audit). */
const WRITES_WHEN_REFUSED = new Set(["auth.login", "auth.register"]);

describe("fuzz: every procedure against hostile input", () => {
  let env: TestEnv;
  let tables: string[];
  beforeAll(async () => {
    env = await createTestEnv();
    const rows = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`.execute(
      env.h.db,
    );
    tables = rows.rows.map((r) => r.table_name);
  }, 300_000);
  afterAll(() => env.close());

  /** Row counts of every table: a refused call must leave them as they were. */
  async function fingerprint(): Promise<string> {
    const counts = await sql<{ n: number }>`select (${sql.join(
      tables.map((t) => sql`(select count(*) from ${sql.table(t)})::text`),
      sql` || ',' || `,
    )}) as n`.execute(env.h.db);
    return String(counts.rows[0]?.n);
  }

  it("never answers 500 and never writes on a refusal", async () => {
    const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures;
    const all = Object.keys(procedures);
    expect(all.length).toBeGreaterThan(50);
    // FUZZ_ONLY=booking. narrows a local run to matching procedures.
    const only = process.env.FUZZ_ONLY;
    const paths = only ? all.filter((p) => p.startsWith(only)) : all;

    const callers = [
      ["anon", env.anon()],
      ["citizen", await env.asUserId(await userWithRole("citizen"))],
      ["admin", await env.asUserId(await userWithRole("hall_admin"))],
    ] as const;

    const failures: string[] = [];
    let calls = 0;
    for (const path of paths) {
      const proc = procedures[path]!;
      const type = (proc._def as { type: string }).type;
      const schema = inputSchemaOf(proc);
      for (const [who, caller] of callers) {
        for (const c of casesFor(schema)) {
          const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
            input: unknown,
          ) => Promise<unknown>;
          const before = type === "mutation" && !WRITES_WHEN_REFUSED.has(path) ? await fingerprint() : null;
          calls++;
          try {
            const r = await fn(c.input);
            if (type === "subscription") await closeSubscription(r);
          } catch (err) {
            const code = (err as { code?: string }).code;
            if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
              const cause = (err as { cause?: { message?: string } }).cause?.message ?? String(err);
              failures.push(`${who} ${path} ${c.label}: ${code ?? "thrown"} — ${cause.slice(0, 160)}`);
            }
            if (before !== null && (await fingerprint()) !== before) {
              failures.push(`${who} ${path} ${c.label}: refused (${code}) but rows changed`);
            }
          }
        }
      }
    }
    if (!only) expect(calls).toBeGreaterThan(2000);
    expect(failures).toEqual([]);
  }, 900_000);

  async function userWithRole(role: string): Promise<number> {
    const u = await env.h.db
      .selectFrom("user_roles")
      .select("user_id")
      .where("role", "=", role)
      .orderBy("user_id")
      .executeTakeFirst();
    if (!u) throw new Error(`no user with role ${role}`);
    return u.user_id;
  }
});

/** A subscription call resolves to an async iterable once its input is accepted: take nothing, close it. */
async function closeSubscription(r: unknown) {
  const it = r as AsyncIterable<unknown> & { return?: () => Promise<unknown> };
  const iterator = it?.[Symbol.asyncIterator]?.();
  if (!iterator) return;
  // The first value (the current board) proves the input was accepted; then stop listening.
  await Promise.race([iterator.next(), new Promise((r) => setTimeout(r, 200))]);
  await iterator.return?.();
}
