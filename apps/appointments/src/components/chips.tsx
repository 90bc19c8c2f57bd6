import type { ReactNode } from "react";
import { colors } from "./colors.ts";

const COLORS = {
  default: { bg: "#fafafa", border: "#d9d9d9", text: "rgba(0,0,0,0.88)" },
  green: { bg: "#f6ffed", border: "#b7eb8f", text: "#389e0d" },
  gold: { bg: "#fffbe6", border: "#ffe58f", text: "#d48806" },
  grey: { bg: "#f5f5f5", border: "#d9d9d9", text: "rgba(0,0,0,0.45)" },
} as const;

/**
 * A small label like antd Tag. The item list (/book) uses these plain ones: it is on the first load, where antd
 * Tag/CheckableTag would cost ~4 kB gzipped.
 */
export function Chip({ color = "default", children }: { color?: keyof typeof COLORS; children: ReactNode }) {
  const c = COLORS[color];
  return (
    <span
      style={{
        display: "inline-block",
        padding: "0 7px",
        fontSize: 12,
        lineHeight: "20px",
        borderRadius: 4,
        border: `1px solid ${c.border}`,
        background: c.bg,
        color: c.text,
        whiteSpace: "nowrap",
      }}
    >
      {children}
    </span>
  );
}

/** A filter chip: a toggle button (aria-pressed), filled when on. */
export function ToggleChip({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      style={{
        font: "inherit",
        fontSize: 13,
        lineHeight: "24px",
        padding: "0 10px",
        borderRadius: 12,
        cursor: "pointer",
        border: `1px solid ${pressed ? colors.primary : colors.borderSecondary}`,
        background: pressed ? colors.primary : colors.bg,
        color: pressed ? "#fff" : colors.text,
      }}
    >
      {children}
    </button>
  );
}
