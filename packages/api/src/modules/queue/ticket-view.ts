import type { Ticket } from "@hall/db";
import {
  type CounterAction,
  counterActions,
  type OutcomeOption,
  outcomeOptions,
  type RefusalStatus,
  toShanghaiIso,
  waivableMaterials,
} from "@hall/domain";
import { queueSettingsOf } from "../../shared/settings.ts";
import { type Db, hallSettingsRow, latestRefusalOfTicket, materialsOfItem, ticketWithItemName } from "./repository.ts";

/** A ticket as a console sees it (the `Ticket` of docs/api.md), with what the rules let the window do next. */
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
  /** The hall's recall limit (重呼 n of this many). */
  recallLimit: number;
  /** The ticket's latest refusal request (办不成事) and its status, or null. */
  refusal: { requestId: number; status: RefusalStatus } | null;
  /** What the window may do now (domain `counterActions`); a console offers exactly these. */
  actions: CounterAction[];
  /** The outcomes it may be completed with now, and the detail each needs (domain `outcomeOptions`). */
  outcomes: OutcomeOption[];
  /** The item's materials that may be missing at a 容缺受理 (the only ones `complete` accepts as missing). */
  waivableMaterials: string[];
}

/** The view of a ticket for the window that holds it (the caller has checked that the actor works there). */
export async function ticketView(db: Db, id: number): Promise<TicketView> {
  const [t, refusal] = await Promise.all([ticketWithItemName(db, id), latestRefusalOfTicket(db, id)]);
  const [hall, materials] = await Promise.all([
    hallSettingsRow(db, t.hall_id),
    t.item_id ? materialsOfItem(db, t.item_id) : Promise.resolve([]),
  ]);
  const settings = queueSettingsOf(hall?.settings);
  const refusalStatus = refusal?.status ?? null;
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
    recallLimit: settings.maxRecalls,
    refusal: refusal ? { requestId: refusal.id, status: refusal.status } : null,
    actions: counterActions(t, refusalStatus, settings),
    outcomes: outcomeOptions(t, refusalStatus),
    waivableMaterials: waivableMaterials(materials),
  };
}
