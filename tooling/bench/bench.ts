/**
 * `pnpm bench`: concurrent citizens racing for a few slots.
 *
 * Gateway: N citizens book over HTTP through the real gateway (Fastify + tRPC + kysely) at once.
 * Baseline: the same booking transaction issued directly through `pg`, at the same concurrency, in the same run.
 * Reported: requests/s, bookings made, p50/p99 latency, overbooking (confirmed beyond capacity — must be 0), and
 * the gateway/baseline ratios. Figures go to docs/benchmarks.md between the bench markers.
 *
 * Needs PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a throw-away database
 * is created and dropped.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { createPii, createSession, generatePiiKey, SESSION_COOKIE, seedDemo } from "@hall/api";
import { createDb, type DbHandle, migrateToLatest } from "@hall/db";
import { shanghaiInstant } from "@hall/domain";
import pg from "pg";

const GATEWAY_DIR = resolve(import.meta.dirname, "../../apps/gateway");

async function waitForHealth(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`gateway did not start at ${url}`);
}

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 400);
const SLOTS = Number(process.env.BENCH_SLOTS ?? 8);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POOL = 10;
const NOW = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Asia/Shanghai
const DAYS = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"];
const TIMES = [
  "09:00",
  "09:30",
  "10:00",
  "10:30",
  "11:00",
  "11:30",
  "13:30",
  "14:00",
  "14:30",
  "15:00",
  "15:30",
  "16:00",
];

interface RoundResult {
  seconds: number;
  latencies: number[];
  booked: number;
  conflicts: number;
  errors: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const median = (xs: number[]) => pct(xs, 50);

/** Slot starts for one round of one side, distinct across rounds and sides. */
function slotStarts(round: number, side: 0 | 1): Date[] {
  const all = DAYS.flatMap((d) => TIMES.map((t) => shanghaiInstant(d, t)));
  const offset = (round * 2 + side) * SLOTS;
  if (offset + SLOTS > all.length) throw new Error("not enough distinct slots for these settings");
  return all.slice(offset, offset + SLOTS);
}

async function makeCitizens(h: DbHandle, n: number, tag: string): Promise<number[]> {
  const rows = await h.db
    .insertInto("users")
    .values(
      Array.from({ length: n }, (_, i) => ({ login: `bench-${tag}-${i}`, name: `压测市民${i}`, password_hash: "x" })),
    )
    .returning("id")
    .execute();
  await h.db
    .insertInto("user_roles")
    .values(rows.map((r) => ({ user_id: r.id, role: "citizen" })))
    .execute();
  return rows.map((r) => r.id);
}

/** Pins the capacity of the round's slots (as a hall admin's override would). */
async function pinCapacity(h: DbHandle, hallId: number, itemId: number, starts: Date[]) {
  await h.db
    .insertInto("booking_slots")
    .values(
      starts.map((s) => ({
        hall_id: hallId,
        item_id: itemId,
        start_at: s,
        end_at: new Date(s.getTime() + 30 * 60_000),
        capacity: CAPACITY,
        capacity_override: CAPACITY,
      })),
    )
    .execute();
}

async function gatewayRound(base: string, cookies: string[], itemId: number, starts: Date[]): Promise<RoundResult> {
  const latencies: number[] = [];
  let booked = 0;
  let conflicts = 0;
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    cookies.map(async (cookie, i) => {
      const start = starts[i % starts.length]!.toISOString();
      const s = performance.now();
      const r = await fetch(`${base}/api/trpc/booking.create`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ itemId, start, materialsConfirmed: true }),
      });
      await r.arrayBuffer();
      latencies.push(performance.now() - s);
      if (r.status === 200) booked++;
      else if (r.status === 409) conflicts++;
      else errors++;
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, latencies, booked, conflicts, errors };
}

/** The booking transaction of services/booking.ts, as plain SQL through pg. */
async function pgRound(
  pool: pg.Pool,
  hallId: number,
  citizens: number[],
  itemId: number,
  starts: Date[],
): Promise<RoundResult> {
  const latencies: number[] = [];
  let booked = 0;
  let conflicts = 0;
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    citizens.map(async (citizenId, i) => {
      const start = starts[i % starts.length]!;
      const s = performance.now();
      const c = await pool.connect();
      try {
        await c.query("begin");
        await c.query("select id from users where id = $1 for update", [citizenId]);
        await c.query(
          "select id, item_id, start_at, status from bookings where citizen_id = $1 and (status = 'confirmed' or status = 'no_show')",
          [citizenId],
        );
        const slot = await c.query(
          `insert into booking_slots (hall_id, item_id, start_at, end_at, capacity) values ($1, $2, $3, $4, $5)
           on conflict (item_id, start_at) do update set capacity = coalesce(booking_slots.capacity_override, greatest(excluded.capacity, booking_slots.booked))
           returning id`,
          [hallId, itemId, start, new Date(start.getTime() + 30 * 60_000), 12],
        );
        const slotId = slot.rows[0].id as number;
        const seat = await c.query("update booking_slots set booked = booked + 1 where id = $1 and booked < capacity", [
          slotId,
        ]);
        if (seat.rowCount !== 1) {
          await c.query("rollback");
          conflicts++;
        } else {
          const b = await c.query(
            `insert into bookings (hall_id, item_id, slot_id, citizen_id, start_at, end_at, status, code, materials_confirmed_at, created_at)
             values ($1, $2, $3, $4, $5, $6, 'confirmed', $7, $8, $8) on conflict (code) do nothing returning id`,
            [
              hallId,
              itemId,
              slotId,
              citizenId,
              start,
              new Date(start.getTime() + 30 * 60_000),
              `PG${citizenId}X${i}`.slice(0, 12),
              NOW,
            ],
          );
          await c.query(
            "insert into audit_log (at, actor_user_id, hall_id, action, entity, entity_id, after) values ($1, $2, $3, 'booking.create', 'booking', $4, $5)",
            [NOW, citizenId, hallId, String(b.rows[0].id), JSON.stringify({ itemId, start })],
          );
          await c.query("commit");
          booked++;
        }
      } catch {
        await c.query("rollback").catch(() => {});
        errors++;
      } finally {
        c.release();
      }
      latencies.push(performance.now() - s);
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, latencies, booked, conflicts, errors };
}

async function overbooked(h: DbHandle): Promise<number> {
  const rows = await h.db
    .selectFrom("booking_slots as s")
    .select((eb) => [
      "s.capacity",
      eb
        .selectFrom("bookings as b")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("b.slot_id", "=", "s.id")
        .where("b.status", "=", "confirmed")
        .as("confirmed"),
    ])
    .execute();
  return rows.reduce((sum, r) => sum + Math.max(0, Number(r.confirmed) - r.capacity), 0);
}

function summarise(rounds: RoundResult[]) {
  const rps = rounds.map((r) => r.latencies.length / r.seconds);
  const all = rounds.flatMap((r) => r.latencies);
  return {
    requestsPerSecond: median(rps),
    bookingsPerSecond: median(rounds.map((r) => r.booked / r.seconds)),
    p50: pct(all, 50),
    p99: pct(all, 99),
    booked: rounds.reduce((s, r) => s + r.booked, 0),
    conflicts: rounds.reduce((s, r) => s + r.conflicts, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
  };
}

async function main() {
  const dbName = `hall_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const h = await createDb({ databaseUrl: url.toString(), poolSize: POOL });
  const pool = new pg.Pool({ connectionString: url.toString(), max: POOL });
  pool.on("error", () => {}); // the forced drop at the end terminates idle clients
  try {
    await migrateToLatest(h.db);
    // The gateway gets the same personal-data key as the seed (PII_KEY is required with DATABASE_URL).
    const piiKey = generatePiiKey("v1");
    const { hallId } = await seedDemo(h.db, createPii([piiKey]), NOW);
    const item = await h.db
      .selectFrom("service_items")
      .select("id")
      .where("code", "=", "SC-002")
      .executeTakeFirstOrThrow();
    // The gateway runs as its own process, as deployed: the load generator does not share its event loop.
    const port = 3700 + Math.floor(Math.random() * 200);
    const gateway = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: GATEWAY_DIR,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PII_KEY: Buffer.from(piiKey.key).toString("base64"),
        PORT: String(port),
        HOST: "127.0.0.1",
        HALL_NOW: NOW.toISOString(),
        API_RATE_LIMIT: "1000000",
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/healthz`);

    const gw: RoundResult[] = [];
    const direct: RoundResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const gwStarts = slotStarts(round, 0);
      const pgStarts = slotStarts(round, 1);
      await pinCapacity(h, hallId, item.id, [...gwStarts, ...pgStarts]);
      const gwCitizens = await makeCitizens(h, CITIZENS, `gw${round}`);
      const pgCitizens = await makeCitizens(h, CITIZENS, `pg${round}`);
      const cookies = await Promise.all(
        gwCitizens.map(async (id) => `${SESSION_COOKIE}=${(await createSession(h.db, id, NOW, "bench")).token}`),
      );
      // Alternate which side goes first so neither always meets a warmer cache.
      if (round % 2 === 0) {
        gw.push(await gatewayRound(base, cookies, item.id, gwStarts));
        direct.push(await pgRound(pool, hallId, pgCitizens, item.id, pgStarts));
      } else {
        direct.push(await pgRound(pool, hallId, pgCitizens, item.id, pgStarts));
        gw.push(await gatewayRound(base, cookies, item.id, gwStarts));
      }
    }
    await new Promise((done) => {
      gateway.once("exit", done);
      gateway.kill("SIGTERM");
    });
    const over = await overbooked(h);
    const g = summarise(gw);
    const d = summarise(direct);
    const seats = ROUNDS * SLOTS * CAPACITY;
    const fmt = (n: number) => n.toFixed(1);
    const lines = [
      `Run ${new Date().toISOString().slice(0, 16)}Z on ${process.platform}/${process.arch} (${cpus().length} cores), Node ${process.versions.node}, PostgreSQL; pool of ${POOL} connections on each side; the gateway in its own process.`,
      `${ROUNDS} rounds × ${CITIZENS} citizens at once, racing for ${SLOTS} slots of capacity ${CAPACITY} (${seats} seats per side).`,
      "",
      "| | requests/s | bookings/s | p50 ms | p99 ms | booked | 409 full | other errors |",
      "|---|---|---|---|---|---|---|---|",
      `| gateway over HTTP (tRPC + kysely) | ${fmt(g.requestsPerSecond)} | ${fmt(g.bookingsPerSecond)} | ${fmt(g.p50)} | ${fmt(g.p99)} | ${g.booked} | ${g.conflicts} | ${g.errors} |`,
      `| baseline: same transaction via pg | ${fmt(d.requestsPerSecond)} | ${fmt(d.bookingsPerSecond)} | ${fmt(d.p50)} | ${fmt(d.p99)} | ${d.booked} | ${d.conflicts} | ${d.errors} |`,
      `| **ratio gateway / baseline** | **${(g.requestsPerSecond / d.requestsPerSecond).toFixed(2)}×** | | **${(g.p50 / d.p50).toFixed(2)}×** | **${(g.p99 / d.p99).toFixed(2)}×** | | | |`,
      "",
      `**Overbooking: ${over}** (confirmed bookings beyond a slot's capacity, counted in the database after the run).`,
    ];
    console.log(lines.join("\n"));
    const docs = resolve(import.meta.dirname, "../../docs/benchmarks.md");
    let text = "";
    try {
      text = readFileSync(docs, "utf8");
    } catch {
      text = "# Benchmarks\n";
    }
    const block = `<!-- bench:start -->\n${lines.join("\n")}\n<!-- bench:end -->`;
    text = text.includes("<!-- bench:start -->")
      ? text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
      : `${text.trimEnd()}\n\n## Concurrent booking (pnpm bench)\n\n${block}\n`;
    writeFileSync(docs, text);
    if (over !== 0 || g.booked !== seats || d.booked !== seats) {
      console.error(
        `unexpected: overbooking ${over}, gateway booked ${g.booked}/${seats}, baseline booked ${d.booked}/${seats}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await pool.end();
    await h.close();
    await admin.query(`drop database ${dbName} with (force)`);
    await admin.end();
  }
}

await main();
