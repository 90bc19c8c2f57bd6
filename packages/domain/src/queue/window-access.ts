import { DomainError } from "../errors/domain-error.ts";

/** Who works at the counter: the windows where they hold a post (A or B), and whether they supervise the hall. */
export interface CounterWorker {
  postedWindowIds: readonly number[];
  /** Window chief, duty leader, hall admin (queue.supervise in the hall's scope): they may step in at any window. */
  supervises: boolean;
}

/**
 * A window's work (calling, and every action on a ticket that window called) is done by the staff posted there, or by
 * a supervisor of the hall stepping in. A ticket no window holds (`windowId` null) is nobody's to act on at the
 * counter except a supervisor's.
 */
export function mayWorkAtWindow(windowId: number | null, worker: CounterWorker): boolean {
  if (worker.supervises) return true;
  return windowId !== null && worker.postedWindowIds.includes(windowId);
}

/** Throws FORBIDDEN `queue.not_your_window` (on `field`) unless mayWorkAtWindow. */
export function assertMayWorkAtWindow(windowId: number | null, worker: CounterWorker, field = "ticketId"): void {
  if (!mayWorkAtWindow(windowId, worker)) throw new DomainError("FORBIDDEN", "queue.not_your_window", { field });
}
