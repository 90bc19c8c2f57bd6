import type { ReactNode } from "react";

export interface StatusPageProps {
  /** A large icon above the title (decorative). */
  icon: ReactNode;
  title: ReactNode;
  hint?: ReactNode;
  /** A button or link: what the person can do next. */
  action?: ReactNode;
}

/**
 * A whole-page message (sign in first, page not found, page failed to load). Plain markup rather than antd `Result`:
 * Result brings its SVG illustrations (~11 kB gzipped) into every app's entry, where these pages live.
 */
export function StatusPage({ icon, title, hint, action }: StatusPageProps) {
  return (
    <section style={{ textAlign: "center", padding: "48px 16px", maxWidth: 560, marginInline: "auto" }}>
      <div aria-hidden style={{ fontSize: 56, lineHeight: 1, marginBottom: 20 }}>
        {icon}
      </div>
      <h2 style={{ margin: 0, fontSize: 22, fontWeight: 600, color: "rgba(0,0,0,0.88)" }}>{title}</h2>
      {hint && <p style={{ margin: "8px 0 0", color: "rgba(0,0,0,0.45)", overflowWrap: "anywhere" }}>{hint}</p>}
      {action && <div style={{ marginTop: 24 }}>{action}</div>}
    </section>
  );
}
