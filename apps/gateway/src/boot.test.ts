import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, StartupError } from "./boot.ts";
import { readEnv } from "./env.ts";

const GATEWAY = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "hall-boot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `pnpm start`'s entry point with the given environment until it exits (or 60 s pass). */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(GATEWAY, "node_modules/.bin/tsx"), ["src/main.ts"], {
      cwd: GATEWAY,
      env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

// Nothing here needs the PostgreSQL project: run once.
describe.skipIf(process.env.HALL_TEST_DB === "postgres")("start-up refuses a broken embedded database", () => {
  it("names DATA_DIR when it is a file", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "not a folder");
    const err = await openDatabase(readEnv({ DATA_DIR: file })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toContain(`DATA_DIR=${file}`);
    expect((err as Error).message).toContain("not a folder");
  });

  it("names DATA_DIR when the folder holds something that is not a database", async () => {
    const dir = join(scratch, "garbage");
    mkdirSync(dir);
    writeFileSync(join(dir, "PG_VERSION"), "garbage\n");
    writeFileSync(join(dir, "base"), "garbage\n");
    const err = await openDatabase(readEnv({ DATA_DIR: dir })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toContain(`DATA_DIR=${dir}`);
    expect((err as Error).message).toContain("does not hold a readable database");
  });

  it("pnpm start exits with the message and no stack trace", async () => {
    const file = join(scratch, "another-file");
    writeFileSync(file, "x");
    const r = await runMain({ DATA_DIR: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Cannot open the embedded database in DATA_DIR=${file}`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("pnpm start on an unreachable DATABASE_URL names the server, never the password, and no stack trace", async () => {
    const r = await runMain({ DATABASE_URL: "postgres://hall:s3cret-pw@127.0.0.1:1/hall" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DATABASE_URL (127.0.0.1:1/hall)");
    expect(r.stderr).not.toContain("s3cret-pw");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
