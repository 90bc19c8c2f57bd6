import { createPii, generatePiiKey, seedDemo } from "@hall/api";
import { createDb, createTestDb, type DbHandle } from "@hall/db";
import { manualClock } from "@hall/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./server.ts";

/** Reads the JSON `data:` payloads of an SSE response as they arrive. */
function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return async function next(
    timeoutMs = 5000,
  ): Promise<{ calls: { number: string; windowNumber: string }[]; waiting: number }> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      // One event at a time: several can arrive in one chunk, and the ones after the first must not be lost.
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const e = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = e.split("\n").find((l) => l.startsWith("data:"));
        const parsed = data ? JSON.parse(data.slice(5)) : null;
        if (parsed && Array.isArray(parsed.calls)) return parsed;
        continue;
      }
      const left = until - Date.now();
      if (left <= 0) throw new Error("no board event in time");
      // A read that never returns must fail the test, not hang it.
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no board event in time")), left)),
      ]);
      if (chunk.done) throw new Error("stream ended");
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
}

/** One personal-data key shared by both gateway instances, as PII_KEY would be. */
const pii = createPii([generatePiiKey()]);

describe("calling display over SSE", () => {
  let h: DbHandle;
  let second: DbHandle | null = null;
  const apps: FastifyInstance[] = [];
  const clock = manualClock(new Date("2026-11-23T01:30:00Z")); // Monday 09:30 in Shanghai
  let base: string;
  let otherBase: string;

  async function start(handle: DbHandle) {
    const app = await buildServer({ handle, clock, pii, logLevel: "silent", root: "/nonexistent" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    apps.push(app);
    const address = app.server.address();
    return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  beforeAll(async () => {
    h = await createTestDb();
    await seedDemo(h.db, pii);
    base = await start(h);
    // With PostgreSQL, a second gateway instance on its own connections to the same database.
    const schema = (h as DbHandle & { schema?: string }).schema;
    if (h.kind === "postgres" && process.env.TEST_DATABASE_URL && schema) {
      second = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, schema });
      otherBase = await start(second);
    } else {
      otherBase = base;
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await second?.close();
    await h.close();
  });

  async function signIn(at: string, login: string) {
    const r = await fetch(`${at}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login, password: "demo1234" }),
    });
    return /hall_session=[^;]+/.exec(r.headers.get("set-cookie") ?? "")![0];
  }
  const post = (at: string, path: string, cookie: string, body: unknown) =>
    fetch(`${at}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { result: { data: { number: string } } } }));

  it("pushes a call to the display as it happens, from another gateway instance when there is one", async () => {
    const ac = new AbortController();
    const res = await fetch(`${base}/api/trpc/queue.board?input=${encodeURIComponent(JSON.stringify({}))}`, {
      headers: { accept: "text/event-stream" },
      signal: ac.signal,
    });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const next = sseReader(res);
    expect(await next()).toMatchObject({ calls: [], waiting: 0 });

    const staff = await signIn(otherBase, "staff01");
    type Items = { result: { data: { id: number; code: string }[] } };
    const items = ((await fetch(`${otherBase}/api/trpc/catalog.items.list`).then((r) => r.json())) as Items).result
      .data;
    const item = items.find((i) => i.code === "SC-002")!;
    const ticket = await post(otherBase, "queue.takeTicket", staff, { itemId: item.id });
    expect(ticket.status).toBe(200);
    type Me = { result: { data: { windowId: number } } };
    const me = (
      (await fetch(`${otherBase}/api/trpc/auth.me`, { headers: { cookie: staff } }).then((r) => r.json())) as Me
    ).result.data;
    const called = await post(otherBase, "queue.callNext", staff, { windowId: me.windowId });
    expect(called.status).toBe(200);
    let board = await next();
    while (board.calls.length === 0) board = await next();
    expect(board.calls[0]).toMatchObject({ number: ticket.body.result.data.number, windowNumber: "01" });
    ac.abort();
  });
});
