import type { Generated } from "kysely";
import type { Timestamp } from "./common.ts";

export interface BookingSlotTable {
  id: Generated<number>;
  hall_id: number;
  item_id: number;
  start_at: Timestamp;
  end_at: Timestamp;
  /** Seats of the slot; 0 ≤ booked ≤ capacity is a CHECK constraint. */
  capacity: number;
  booked: Generated<number>;
  /** Set by a hall admin; replaces the computed capacity. */
  capacity_override: number | null;
}

export type BookingStatusColumn = "confirmed" | "cancelled" | "checked_in" | "no_show" | "completed";

export interface BookingTable {
  id: Generated<number>;
  hall_id: number;
  item_id: number;
  slot_id: number;
  citizen_id: number;
  start_at: Timestamp;
  end_at: Timestamp;
  status: BookingStatusColumn;
  code: string;
  idempotency_key: string | null;
  materials_confirmed_at: Timestamp;
  created_at: Timestamp;
  cancelled_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  no_show_at: Timestamp | null;
  completed_at: Timestamp | null;
}

/** The tables the booking module owns. */
export interface BookingTables {
  booking_slots: BookingSlotTable;
  bookings: BookingTable;
}
