import type { Generated } from "kysely";
import type { Timestamp } from "./common.ts";

export interface UserTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  name: string;
  phone: string | null;
  id_number: string | null;
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
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  login: string;
  ip: string | null;
  at: Timestamp;
  success: boolean;
}

/** The tables the auth module owns. */
export interface AuthTables {
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
}
