import { createHallApp } from "@hall/app-kit";
import "./messages.ts";
import { routes } from "./routes.tsx";

/** The portal: sign-in / registration for visitors, the app launcher and hall administration for the signed-in. */
export const App = createHallApp({ key: "portal", routes, allowAnonymous: true });
