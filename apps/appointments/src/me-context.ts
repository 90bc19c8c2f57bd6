// The signed-in person (null for visitors) and their permissions come from the app scaffold.
export { useCan, useCurrentUser } from "@hall/app-kit";
