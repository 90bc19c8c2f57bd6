import type { Generated } from "kysely";
import type { DateString, Json, Timestamp } from "./common.ts";

export interface RatingTable {
  id: Generated<number>;
  ticket_id: number;
  hall_id: number;
  citizen_id: number;
  window_id: number | null;
  staff_id: number | null;
  score: number;
  comment: string | null;
  rated_at: Timestamp;
}

export interface RectificationCaseTable {
  id: Generated<number>;
  hall_id: number;
  rating_id: number;
  status: "open" | "followed_up" | "closed";
  due_date: DateString;
  assignee_user_id: number | null;
  follow_up_note: string | null;
  followed_up_at: Timestamp | null;
  closing_note: string | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ComplaintTable {
  id: Generated<number>;
  hall_id: number;
  source: "onsite" | "hotline_12345" | "find_fault_window";
  content: string;
  complainant_name: string | null;
  /** Sealed (AES-256-GCM) and masked; the plaintext `complainant_phone` column only ever holds null. */
  complainant_phone_enc: string | null;
  complainant_phone_masked: string | null;
  staff_id: number | null;
  status: "received" | "handling" | "replied" | "filed";
  verified: Generated<boolean>;
  major: Generated<boolean>;
  notes: Json<{ at: string; by: number; status: string; note: string }[]>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnquiryTable {
  id: Generated<number>;
  hall_id: number;
  taken_by: number;
  topic: string;
  directed_to: string | null;
  window_id: number | null;
  created_at: Timestamp;
}

/** The tables the feedback module owns. */
export interface FeedbackTables {
  ratings: RatingTable;
  rectification_cases: RectificationCaseTable;
  complaints: ComplaintTable;
  enquiries: EnquiryTable;
}
