/**
 * The feedback module: ratings (好差评), rectification cases (差评整改), complaints (投诉) and the 首问负责 enquiry
 * ledger. Other modules import only from here.
 */
export { casesRouter, complaintsRouter, enquiriesRouter, ratingRouter } from "./router.ts";
