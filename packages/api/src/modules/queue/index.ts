/**
 * The queue module: tickets (取号, 签到), calling at a window (叫号, 重呼, 过号, 转窗), outcomes (办结), refusals
 * (办不成事) and the calling display. Other modules import only from here.
 */
export { boardOf } from "./board.service.ts";
export { lockTicket, windowOfStaffUser } from "./calling.service.ts";
export { queueRules } from "./hall-rules.ts";
export { queueRouter, refusalsRouter } from "./router.ts";
