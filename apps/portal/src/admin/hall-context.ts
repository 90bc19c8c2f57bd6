import type { RouterOutputs } from "@hall/api-client";
import { createContext, useContext } from "react";

export type HallSummary = RouterOutputs["halls"]["list"][number];

/** The hall the admin pages work on: the admin's own hall, or the one picked in the selector. */
export const HallContext = createContext<HallSummary | null>(null);

export function useAdminHall(): HallSummary {
  const hall = useContext(HallContext);
  if (!hall) throw new Error("useAdminHall() outside <AdminLayout>");
  return hall;
}
