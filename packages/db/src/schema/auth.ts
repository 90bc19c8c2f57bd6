import type { Generated } from "kysely";
import type { Timestamp } from "./common.ts";

export interface UserTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  name: string;
  /**
   * Personal numbers are never stored in plaintext (the old `phone` and `id_number` columns only ever hold null, a
   * check constraint enforces it): sealed with AES-256-GCM (`*_enc`), found by a keyed hash (`*_hash`, unique: one
   * account per phone and per ID number), shown masked (`*_masked`). See packages/api/src/shared/pii.ts.
   * A citizen's `login` is "tel:" + the phone's hash, so it does not reveal the phone either.
   */
  phone_enc: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  id_number_masked: string | null;
  /** How the ID number was confirmed to be the holder's; null while unverified (priority from it does not count). */
  id_verification: "counter" | "real_name_service" | null;
  id_verified_at: Timestamp | null;
  id_verified_by: number | null;
  /** Scope root for staff and admins; null for citizens. */
  org_unit_id: number | null;
  hall_id: number | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface SessionTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** Last request seen (wall clock, written at most once a minute): the idle timeout. */
  last_seen_at: Timestamp;
  user_agent: string | null;
}

/** One sign-in/registration throttle counter per key (see @hall/domain `AUTH_THROTTLE`). */
export interface AuthThrottleTable {
  /** e.g. `client:203.0.113.7`, `login:#12|203.0.113.7`, `login:#12`, `register:203.0.113.7`. */
  key: string;
  count: Generated<number>;
  window_start: Timestamp | null;
  blocked_until: Timestamp | null;
  last_at: Timestamp | null;
  /** A successful sign-in from this client to this login (login × client rows): the client is known. */
  last_success_at: Timestamp | null;
}

/** The tables the auth module owns. */
export interface AuthTables {
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  auth_throttle: AuthThrottleTable;
}
