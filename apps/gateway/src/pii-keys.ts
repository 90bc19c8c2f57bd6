import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  createPii,
  formatPiiKey,
  generatePiiKey,
  type Pii,
  type PiiKey,
  PiiKeyError,
  parsePiiKey,
  parsePiiKeyEntry,
} from "@hall/api";
import { StartupError } from "./boot.ts";
import type { Env } from "./env.ts";

/** The key file of the embedded database: one "id:base64" line per key, the current key first. */
export const PII_KEY_FILE = "pii.key";

export interface LoadedPii {
  pii: Pii;
  /** Where the key came from: PII_KEY, or the key file in DATA_DIR (`created` on this start). */
  source: "env" | "file";
  file?: string;
  created?: boolean;
}

/**
 * The personal-data keys (docs/operations.md, "Personal data key"):
 * - PII_KEY (base64 of 32 random bytes) with PII_KEY_ID, plus PII_PREVIOUS_KEYS while a rotation runs;
 * - else, for the embedded database only, DATA_DIR/pii.key — generated on the first start, mode 0600, kept with the
 *   database it opens (back them up together);
 * - else (DATABASE_URL without PII_KEY) the gateway refuses to start: instances sharing one database must share a key,
 *   which a file generated on each server could not give.
 */
export function loadPii(env: Env, dataDir: string): LoadedPii {
  try {
    if (env.PII_KEY) {
      const keys: PiiKey[] = [parsePiiKey(env.PII_KEY_ID, env.PII_KEY)];
      for (const entry of (env.PII_PREVIOUS_KEYS ?? "").split(",").map((e) => e.trim())) {
        if (entry) keys.push(parsePiiKeyEntry(entry));
      }
      return { pii: createPii(keys), source: "env" };
    }
    if (env.DATABASE_URL) {
      throw new StartupError(
        "PII_KEY is required with DATABASE_URL: ID and phone numbers are stored encrypted with it.\n" +
          "  Generate one with `openssl rand -base64 32`, keep it in your secret store, and give every gateway instance " +
          "the same PII_KEY (see docs/operations.md, Personal data key).",
      );
    }
    const file = join(dataDir, PII_KEY_FILE);
    const created = createKeyFileOnce(dataDir, file);
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    return { pii: createPii(lines.map(parsePiiKeyEntry)), source: "file", file, created };
  } catch (err) {
    if (err instanceof PiiKeyError) {
      throw new StartupError(`The personal-data key is not usable: ${err.message} (see docs/operations.md).`);
    }
    throw err;
  }
}

/** Writes a fresh key, readable by the owner only, unless the file exists (then another start made it first). */
function createKeyFileOnce(dataDir: string, file: string): boolean {
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, `${formatPiiKey(generatePiiKey("v1"))}\n`, { mode: 0o600, flag: "wx" });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "EEXIST") return false;
    throw err;
  }
}
