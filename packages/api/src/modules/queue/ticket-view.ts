import type { Ticket } from "@hall/db";
import { toShanghaiIso } from "@hall/domain";
import { type Db, ticketWithItemName } from "./repository.ts";

/** A ticket as a console sees it (the `Ticket` of docs/api.md). */
export interface TicketView {
  ticketId: number;
  number: string;
  status: Ticket["status"];
  priority: Ticket["priority"];
  itemId: number | null;
  itemName: string | null;
  windowId: number | null;
  booked: boolean;
  issuedAt: string;
  calledAt: string | null;
  recalls: number;
  requeues: number;
}

export async function ticketView(db: Db, id: number): Promise<TicketView> {
  const t = await ticketWithItemName(db, id);
  return {
    ticketId: t.id,
    number: t.number,
    status: t.status,
    priority: t.priority,
    itemId: t.item_id,
    itemName: t.itemName,
    windowId: t.window_id,
    booked: t.booking_id !== null,
    issuedAt: toShanghaiIso(t.issued_at),
    calledAt: t.called_at ? toShanghaiIso(t.called_at) : null,
    recalls: t.recalls,
    requeues: t.requeues,
  };
}
