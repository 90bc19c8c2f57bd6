import { useEffect, useRef } from "react";

export type Shortcut = "next" | "recall" | "pass" | "complete";

const KEYS: Record<string, Shortcut> = { n: "next", enter: "next", r: "recall", p: "pass", c: "complete" };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(target.tagName) ||
    target.closest(".ant-select, .ant-modal") !== null
  );
}

/**
 * The console's keyboard: N/Enter call the next ticket, R recalls, P passes, C opens the 办结 form — never while the
 * user types. `handlers` may change on every render; the listener always calls the latest ones.
 */
export function useShortcuts(handlers: Record<Shortcut, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const action = KEYS[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      latest.current[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
