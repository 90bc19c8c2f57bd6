import { useQueueUiT } from "./messages.ts";
import type { BoardCallView, BoardView } from "./types.ts";

export type CallingBoardProps = {
  /** The board's data; null while the first event has not arrived. */
  board: BoardView | null;
  /** The hall's name in the header. */
  hallName?: string;
  /** The hall clock shown in the header ("HH:mm:ss"). */
  clock?: string;
  /** The subscription is down (the browser reconnects by itself). */
  offline?: boolean;
  /** How many recent calls the list shows besides the latest one. */
  recentCount?: number;
};

const BG = "#0b2a5b";
const PANEL = "#123a78";
const ACCENT = "#ffd666";
const TEXT = "#ffffff";
const MUTED = "#b7c9ea";

/** The calling display's own palette (dark, high contrast; documented in Foundations/Theme). */
export const BOARD_COLORS = { background: BG, panel: PANEL, accent: ACCENT, text: TEXT, muted: MUTED } as const;

/** What makes a call new for the flash: a new number, a new call time or another recall. */
export function callKey(call: BoardCallView): string {
  return `${call.number}|${call.calledAt}|${call.recalls}`;
}

const FLASH_CSS = `
@keyframes hall-call-flash {
  0%, 33%, 66% { background: ${ACCENT}; color: ${BG}; }
  16%, 50%, 83%, 100% { background: transparent; color: ${ACCENT}; }
}
.hall-call-flash { animation: hall-call-flash 3s steps(1, end) 1; }
@media (prefers-reduced-motion: reduce) { .hall-call-flash { animation: none; } }
`;

/**
 * 叫号屏: the body of the hall TV's calling display: the latest call very large ("请 A012 号 到 01 号窗口", flashing
 * when it is new), the recent calls (number → window), the waiting count and the hall clock. Dark background and
 * high contrast, readable from across the hall.
 */
export function CallingBoard({ board, hallName, clock, offline, recentCount = 8 }: CallingBoardProps) {
  const t = useQueueUiT();
  const latest = board?.calls[0];
  const recent = board?.calls.slice(1, 1 + recentCount) ?? [];

  return (
    <div
      data-testid="calling-board"
      style={{
        background: BG,
        color: TEXT,
        minHeight: "100%",
        display: "flex",
        flexDirection: "column",
        fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
        padding: "2vh 3vw",
        boxSizing: "border-box",
        gap: "2vh",
      }}
    >
      <style>{FLASH_CSS}</style>
      <header style={{ display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: 24 }}>
        <div style={{ fontSize: "clamp(20px, 2.4vw, 48px)", fontWeight: 700, whiteSpace: "nowrap" }}>
          {hallName ? `${hallName} · ` : ""}
          {t("queueUi.board.title")}
        </div>
        <div style={{ display: "flex", gap: "3vw", alignItems: "baseline", whiteSpace: "nowrap" }}>
          <span style={{ fontSize: "clamp(18px, 2vw, 40px)", color: MUTED }} data-testid="board-waiting">
            {t("queueUi.board.waiting")}{" "}
            <strong style={{ color: TEXT }}>{t("queueUi.board.waitingCount", { n: board?.waiting ?? 0 })}</strong>
          </span>
          {clock && (
            <time
              data-testid="board-clock"
              style={{ fontSize: "clamp(18px, 2vw, 40px)", fontVariantNumeric: "tabular-nums", fontWeight: 600 }}
            >
              {clock}
            </time>
          )}
        </div>
      </header>

      {offline && (
        <div role="status" style={{ background: "#a8071a", padding: "8px 16px", borderRadius: 8, fontSize: 20 }}>
          {t("queueUi.board.offline")}
        </div>
      )}

      <section
        aria-label={t("queueUi.board.latest")}
        aria-live="assertive"
        style={{
          background: PANEL,
          borderRadius: 16,
          flex: "1 1 auto",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          minHeight: "30vh",
          padding: "2vh 2vw",
        }}
      >
        {latest ? (
          <div
            key={callKey(latest)}
            data-testid="latest-call"
            data-call={callKey(latest)}
            className="hall-call-flash"
            style={{
              fontSize: "clamp(40px, 7.5vw, 160px)",
              fontWeight: 800,
              color: ACCENT,
              textAlign: "center",
              lineHeight: 1.25,
              borderRadius: 16,
              padding: "1vh 2vw",
            }}
          >
            {t("queueUi.board.callLine", { number: latest.number, window: latest.windowNumber })}
            {latest.recalls > 0 && (
              <div style={{ fontSize: "0.3em", fontWeight: 600, color: MUTED }}>
                {t("queueUi.board.recall", { n: latest.recalls + 1 })}
              </div>
            )}
          </div>
        ) : (
          <div style={{ fontSize: "clamp(24px, 3.5vw, 64px)", color: MUTED, textAlign: "center" }}>
            {t("queueUi.board.none")}
          </div>
        )}
      </section>

      {recent.length > 0 && (
        <section aria-label={t("queueUi.board.recent")}>
          <h2 style={{ margin: "0 0 1vh", fontSize: "clamp(18px, 2.4vw, 40px)", color: MUTED, fontWeight: 600 }}>
            {t("queueUi.board.recent")}
          </h2>
          <ol
            data-testid="recent-calls"
            style={{
              listStyle: "none",
              margin: 0,
              padding: 0,
              display: "grid",
              gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 22vw), 1fr))",
              gap: "1.2vh 1.5vw",
            }}
          >
            {recent.map((call) => (
              <li
                key={callKey(call)}
                style={{
                  background: PANEL,
                  borderRadius: 10,
                  padding: "1vh 1.5vw",
                  display: "flex",
                  justifyContent: "space-between",
                  alignItems: "baseline",
                  fontSize: "clamp(20px, 3vw, 52px)",
                  fontWeight: 700,
                }}
              >
                <span>{call.number}</span>
                <span aria-hidden style={{ color: MUTED }}>
                  →
                </span>
                <span>
                  {call.windowNumber}
                  <span style={{ fontSize: "0.55em", color: MUTED, marginLeft: 6 }}>{t("queueUi.board.window")}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
