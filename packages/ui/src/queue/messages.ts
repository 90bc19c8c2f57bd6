import { addMessages, type Translate } from "../i18n/catalog.ts";
import { useT } from "../i18n/i18n-provider.tsx";

/** Strings of the hall-queue components (namespace `queueUi.`; the server's own queue.* error keys are snake_case). */
export const queueUiZhCN = {
  "queueUi.board.title": "叫号信息",
  "queueUi.board.callLine": "请 {number} 号 到 {window} 号窗口",
  "queueUi.board.latest": "正在呼叫",
  "queueUi.board.recent": "最近叫号",
  "queueUi.board.number": "号码",
  "queueUi.board.window": "窗口",
  "queueUi.board.waiting": "当前等候",
  "queueUi.board.waitingCount": "{n} 人",
  "queueUi.board.none": "暂无叫号，请留意屏幕和语音提示",
  "queueUi.board.recall": "第 {n} 次呼叫",
  "queueUi.board.offline": "连接中断，正在重新连接…",

  "queueUi.ticket.number": "您的号码",
  "queueUi.ticket.zone": "办理区域：{zone}",
  "queueUi.ticket.item": "办理事项：{item}",
  "queueUi.ticket.issuedAt": "取号时间：{time}",
  "queueUi.ticket.hint": "请留意叫号屏和语音提示，过号请到窗口重新排队。",

  "queueUi.rating.label": "请为本次服务评价",
  "queueUi.rating.star": "{n} 星：{label}",
} as const satisfies Record<string, string>;

export type QueueUiMessageKey = keyof typeof queueUiZhCN;

export const queueUiEnUS: Record<QueueUiMessageKey, string> = {
  "queueUi.board.title": "Now calling",
  "queueUi.board.callLine": "Number {number}, please go to window {window}",
  "queueUi.board.latest": "Now calling",
  "queueUi.board.recent": "Recent calls",
  "queueUi.board.number": "Number",
  "queueUi.board.window": "Window",
  "queueUi.board.waiting": "Waiting",
  "queueUi.board.waitingCount": "{n}",
  "queueUi.board.none": "No calls yet, please watch the screen and listen for your number",
  "queueUi.board.recall": "Call {n}",
  "queueUi.board.offline": "Connection lost, reconnecting…",

  "queueUi.ticket.number": "Your number",
  "queueUi.ticket.zone": "Area: {zone}",
  "queueUi.ticket.item": "Service: {item}",
  "queueUi.ticket.issuedAt": "Issued at {time}",
  "queueUi.ticket.hint": "Watch the calling display. If you miss your call, ask at the window to queue again.",

  "queueUi.rating.label": "Please rate this service",
  "queueUi.rating.star": "{n} stars: {label}",
};

let registered = false;

/** Registers the queue strings once (called by the components, so importing one is enough). */
export function registerQueueUiMessages(): void {
  if (registered) return;
  registered = true;
  addMessages("zh-CN", queueUiZhCN);
  addMessages("en-US", queueUiEnUS);
}

/** `useT()` with the queue strings registered. */
export function useQueueUiT(): Translate {
  registerQueueUiMessages();
  return useT();
}
