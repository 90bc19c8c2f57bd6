// The shared ErrorAlert as a default export, for `lazy()`.
export { ErrorAlert as default } from "@hall/ui";
