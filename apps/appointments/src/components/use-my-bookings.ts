import { useTRPC } from "@hall/api-client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCan } from "../me-context.ts";

/** The citizen's bookings (`booking.mine`), only asked for when the person may book. */
export function useMyBookings() {
  const trpc = useTRPC();
  const canBook = useCan("booking.own");
  const query = useQuery({ ...trpc.booking.mine.queryOptions(), enabled: canBook });
  return { ...query, canBook };
}

/** After a booking changed: the lists and every slot list are stale. */
export function useInvalidateBookings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.booking.slots.pathKey() }),
    ]);
}
