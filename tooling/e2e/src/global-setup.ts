import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type RunningGateway, startGateway } from "./gateway.ts";

/** Monday 23 Nov 2026, 09:30 in Asia/Shanghai: the browser tests never depend on the hour they run at. */
export const HALL_NOW = "2026-11-23T09:30:00+08:00";

let gateway: RunningGateway | undefined;
let dataDir: string | undefined;

/** Starts the gateway on the built apps with a fresh embedded database and the demo hall. */
export default async function setup(project: TestProject) {
  const port = 3900 + Math.floor(Math.random() * 90);
  dataDir = mkdtempSync(join(tmpdir(), "hall-e2e-"));
  gateway = await startGateway({ port, dataDir, now: HALL_NOW });
  project.provide("baseUrl", gateway.base);
  return async () => {
    await gateway?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
