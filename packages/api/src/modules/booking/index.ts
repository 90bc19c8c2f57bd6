/** The booking module: the public catalogue, slots, bookings, capacity overrides, no-shows. */
export { catalogRouter } from "./catalog.router.ts";
export { bookingRouter } from "./router.ts";
export { loadItem, markNoShows, resolveHallId, servingWindows } from "./service.ts";
