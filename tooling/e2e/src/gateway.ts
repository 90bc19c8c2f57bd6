import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");

export interface RunningGateway {
  base: string;
  stop(): Promise<void>;
}

async function waitForHealth(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`gateway did not become healthy at ${url}`);
}

/** Starts the gateway on the built apps with an embedded database in `dataDir` and its clock starting at `now`. */
export async function startGateway(opts: { port: number; dataDir: string; now: string }): Promise<RunningGateway> {
  const child: ChildProcess = spawn("pnpm", ["--filter", "@hall/gateway", "start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(opts.port),
      DATA_DIR: opts.dataDir,
      HALL_NOW: opts.now,
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${opts.port}`;
  await waitForHealth(`${base}/healthz`, 90_000);
  return {
    base,
    async stop() {
      if (!child.pid || child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}
