/** The feedback module: ratings (好差评), rectification cases, complaints, the 首问 enquiry ledger. */
export { casesRouter, complaintsRouter, enquiriesRouter, ratingRouter } from "./router.ts";
