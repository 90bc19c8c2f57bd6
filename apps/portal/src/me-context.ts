// The signed-in person comes from the app scaffold (null for visitors).
export { useCurrentUser } from "@hall/app-kit";
