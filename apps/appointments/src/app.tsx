import { createHallApp } from "@hall/app-kit";
import "./messages.ts";
import { isBarePath, routes } from "./routes.tsx";

/**
 * 预约 · 取号 · 叫号: citizens book (visitors may browse items and slots, and sign in to confirm);
 * hall staff see the day's bookings, hall admins override slot capacities.
 * The hall TV's calling display (/display) is public and bare: no shell header, no sign-in.
 */
export const App = createHallApp({ key: "appointments", routes, allowAnonymous: true, isBare: isBarePath });
