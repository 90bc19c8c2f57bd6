import type { Me } from "@hall/api-client";
import { createContext, useContext } from "react";

/** The signed-in person (null for visitors), handed down from AppFrame to the routed pages. */
export const MeContext = createContext<Me | null>(null);

export function useCurrentUser(): Me | null {
  return useContext(MeContext);
}
