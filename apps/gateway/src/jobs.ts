import { markNoShows } from "@hall/api";
import type { DbHandle } from "@hall/db";
import type { Clock } from "@hall/domain";
import type { FastifyBaseLogger } from "fastify";

/**
 * Background jobs of the gateway. Each is an idempotent database statement, so every gateway instance may run
 * them: two instances marking the same no-shows at once change each booking once (see markNoShows).
 */
export function startJobs(handle: DbHandle, clock: Clock, log: FastifyBaseLogger, everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const marked = await markNoShows(handle.db, clock.now());
      if (marked) log.info({ marked }, "bookings marked as no-show");
    } catch (err) {
      log.error({ err }, "no-show job failed");
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
