import { shanghaiDate, toShanghaiIso } from "@hall/domain";
import { boardCalls, type Db, waitingCount } from "./repository.ts";

export interface BoardCall {
  number: string;
  windowNumber: string;
  windowName: string;
  calledAt: string;
  recalls: number;
}

/** The calling display: the tickets being called or served today, most recent call first. */
export async function boardOf(
  db: Db,
  hallId: number,
  now: Date,
): Promise<{ hallId: number; now: string; calls: BoardCall[]; waiting: number }> {
  const today = shanghaiDate(now);
  const [calls, waiting] = await Promise.all([boardCalls(db, hallId, today, 12), waitingCount(db, hallId, today)]);
  return {
    hallId,
    // The hall's clock (HALL_NOW in demos), so the display shows the same time as the counters.
    now: toShanghaiIso(now),
    calls: calls.map((c) => ({
      number: c.number,
      windowNumber: c.windowNumber,
      windowName: c.windowName,
      calledAt: toShanghaiIso(c.called_at!),
      recalls: c.recalls,
    })),
    waiting,
  };
}
