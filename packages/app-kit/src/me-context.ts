import type { Me } from "@hall/api-client";
import { hasPermission, type Permission, type Role } from "@hall/domain";
import { createContext, useContext } from "react";

/** The signed-in person (null for visitors), handed down from AppFrame to the routed pages. */
export const MeContext = createContext<Me | null>(null);

/** The signed-in person, or null for a visitor (only on apps that allow anonymous visitors). */
export function useCurrentUser(): Me | null {
  return useContext(MeContext);
}

/** Whether the signed-in person holds `permission` (false for visitors). */
export function useCan(permission: Permission): boolean {
  const me = useCurrentUser();
  return me ? hasPermission(me.roles as Role[], permission) : false;
}
