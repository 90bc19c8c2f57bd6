import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

const ROOT = resolve(import.meta.dirname, "../../..");
/** Monday 23 Nov 2026, 09:30 in Asia/Shanghai: the browser tests never depend on the hour they run at. */
export const HALL_NOW = "2026-11-23T09:30:00+08:00";

let gateway: ChildProcess | undefined;
let dataDir: string | undefined;

async function waitForHealth(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`gateway did not become healthy at ${url}`);
}

/** Starts the gateway on the built apps with a fresh embedded database and the demo hall. */
export default async function setup(project: TestProject) {
  const port = 3900 + Math.floor(Math.random() * 90);
  dataDir = mkdtempSync(join(tmpdir(), "hall-e2e-"));
  gateway = spawn("pnpm", ["--filter", "@hall/gateway", "start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, HALL_NOW, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(`${base}/healthz`, 90_000);
  project.provide("baseUrl", base);
  return async () => {
    if (gateway?.pid) process.kill(-gateway.pid, "SIGTERM");
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
