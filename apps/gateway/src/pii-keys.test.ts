import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPii, generatePiiKey } from "@hall/api";
import { createTestDb } from "@hall/db";
import { manualClock } from "@hall/domain";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase, StartupError } from "./boot.ts";
import { readEnv } from "./env.ts";
import { loadPii, PII_KEY_FILE } from "./pii-keys.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "hall-pii-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const base64Key = (fill: number) => Buffer.alloc(32, fill).toString("base64");

describe("the personal-data key", () => {
  it("is generated once for the embedded database, in DATA_DIR, readable by the owner only", () => {
    const dir = join(tempDir(), "data"); // not there yet: created
    const first = loadPii(readEnv({}), dir);
    expect(first).toMatchObject({ source: "file", created: true, file: join(dir, PII_KEY_FILE) });
    expect(statSync(join(dir, PII_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, PII_KEY_FILE), "utf8")).toMatch(/^v1:[A-Za-z0-9+/]{43}=\n$/);
    // The next start reads the same key: what the first sealed, the second opens.
    const second = loadPii(readEnv({}), dir);
    expect(second.created).toBe(false);
    expect(second.pii.decrypt("phone", first.pii.encrypt("phone", "13800000001"))).toBe("13800000001");
  });

  it("comes from PII_KEY when given (with its id, and previous keys for a rotation)", () => {
    const dir = tempDir();
    const { pii, source } = loadPii(
      readEnv({ PII_KEY: base64Key(2), PII_KEY_ID: "v2", PII_PREVIOUS_KEYS: `v1:${base64Key(1)}` }),
      dir,
    );
    expect(source).toBe("env");
    expect(pii.keyId).toBe("v2");
    const old = loadPii(readEnv({ PII_KEY: base64Key(1) }), dir).pii.encrypt("phone", "13800000001");
    expect(pii.decrypt("phone", old)).toBe("13800000001");
    expect(() => statSync(join(dir, PII_KEY_FILE))).toThrow(); // no key file written
  });

  it("is required with DATABASE_URL: instances sharing a database must share the key", () => {
    const env = readEnv({ DATABASE_URL: "postgres://hall@127.0.0.1:5432/hall" });
    expect(() => loadPii(env, tempDir())).toThrow(StartupError);
    expect(() => loadPii(env, tempDir())).toThrow(/PII_KEY is required with DATABASE_URL/);
  });

  it("refuses a key that is not 32 bytes of base64, in the environment or in the file", () => {
    expect(() => readEnv({ PII_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/PII_KEY/);
    expect(() => readEnv({ PII_KEY: "not a key" })).toThrow(/PII_KEY/);
    expect(() => readEnv({ PII_KEY: base64Key(1), PII_KEY_ID: "V 2" })).toThrow(/PII_KEY_ID/);
    const dir = tempDir();
    writeFileSync(join(dir, PII_KEY_FILE), "v1:c2hvcnQ=\n");
    expect(() => loadPii(readEnv({}), dir)).toThrow(StartupError);
  });
});

describe("start-up with the key", () => {
  it("seals, checks the key against the stored data, and refuses another key", async () => {
    const h = await createTestDb();
    try {
      const clock = manualClock(new Date("2026-11-23T01:00:00Z"));
      const pii = createPii([generatePiiKey()]);
      const first = await prepareDatabase(h, clock, () => pii);
      expect(first.pii).toBe(pii);
      if (h.kind === "postgres") await (await import("@hall/api")).seedDemo(h.db, pii, clock.now());
      else expect(first.seeded).toBe(true);
      const again = await prepareDatabase(h, clock, () => pii);
      expect(again).toMatchObject({ migrated: [], seeded: false, sealed: { users: 0, staff: 0, complaints: 0 } });
      const other = prepareDatabase(h, clock, () => createPii([generatePiiKey()]));
      await expect(other).rejects.toThrow(StartupError);
      await expect(prepareDatabase(h, clock, () => createPii([generatePiiKey()]))).rejects.toThrow(/cannot open/);
    } finally {
      await h.close();
    }
  });
});
