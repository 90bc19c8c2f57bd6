import { useTRPC } from "@hall/api-client";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { hallInput, useHallParam } from "../hall.ts";

/** The item of the `:itemId` route, from the hall's catalogue (cached across the booking steps). */
export function useRouteItem() {
  const trpc = useTRPC();
  const { hallId } = useHallParam();
  const itemId = Number(useParams().itemId);
  const items = useQuery(trpc.catalog.items.list.queryOptions(hallInput(hallId)));
  const item = items.data?.find((i) => i.id === itemId) ?? null;
  return { itemId, item, isLoading: items.isLoading, error: items.error, notFound: items.isSuccess && !item };
}
