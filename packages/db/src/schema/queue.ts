import type { ColumnType, Generated } from "kysely";
import type { DateString, Json, Timestamp } from "./common.ts";

export interface TicketCounterTable {
  hall_id: number;
  service_date: DateString;
  prefix: string;
  last_seq: number;
}

export interface TicketTable {
  id: Generated<number>;
  hall_id: number;
  zone_id: number;
  item_id: number | null;
  booking_id: number | null;
  citizen_id: number | null;
  service_date: DateString;
  prefix: string;
  seq: number;
  number: string;
  priority: "military" | "elderly" | "normal";
  booked_start: Timestamp | null;
  status: "waiting" | "called" | "serving" | "passed" | "transferred" | "done";
  window_id: number | null;
  target_window_id: number | null;
  transfer_zone_id: number | null;
  staff_id: number | null;
  recalls: Generated<number>;
  requeues: Generated<number>;
  issued_at: Timestamp;
  requeued_at: Timestamp | null;
  called_at: Timestamp | null;
  completed_at: Timestamp | null;
  /** Sent by the client once per ticket asked for; a repeated 取号 with it gets this ticket back (unique per hall). */
  idempotency_key: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ServiceRecordTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  item_id: number | null;
  window_id: number;
  staff_id: number | null;
  citizen_id: number | null;
  outcome: "done" | "accepted" | "accepted_pending_materials" | "notice_given" | "refused";
  missing_materials: Json<string[]> | null;
  notice_text: string | null;
  due_date: DateString | null;
  materials_deadline: DateString | null;
  issued_at: Timestamp;
  called_at: Timestamp | null;
  completed_at: Timestamp;
}

export interface RefusalRequestTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  requested_by: number;
  reason: string;
  status: "requested" | "approved" | "denied";
  decided_by: number | null;
  decision_reason: string | null;
  requested_at: Timestamp;
  decided_at: Timestamp | null;
}

/** The tables the queue module owns. */
export interface QueueTables {
  ticket_counters: TicketCounterTable;
  tickets: TicketTable;
  service_records: ServiceRecordTable;
  refusal_requests: RefusalRequestTable;
}
