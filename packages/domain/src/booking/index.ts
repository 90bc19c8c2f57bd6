export * from "./booking-code.ts";
export * from "./booking-rules.ts";
export * from "./booking-settings.ts";
export * from "./capacity.ts";
export * from "./capacity-override.ts";
export * from "./no-show.ts";
export * from "./slots.ts";
