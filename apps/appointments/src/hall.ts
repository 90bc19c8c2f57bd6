import { useSearchParams } from "react-router";

/**
 * The hall being booked, from `?hall=` (carried through the booking steps); undefined = the server's default
 * hall (the first one), which is what a single-hall deployment always uses.
 */
export function useHallParam(): { hallId: number | undefined; withHall: (path: string) => string } {
  const [params] = useSearchParams();
  const raw = Number(params.get("hall"));
  const hallId = Number.isInteger(raw) && raw > 0 ? raw : undefined;
  const withHall = (path: string) => {
    if (hallId === undefined) return path;
    return `${path}${path.includes("?") ? "&" : "?"}hall=${hallId}`;
  };
  return { hallId, withHall };
}

/** `{ hallId }` for catalog queries (omitted for the default hall, so the cache key stays the same). */
export function hallInput(hallId: number | undefined): { hallId?: number } {
  return hallId === undefined ? {} : { hallId };
}
