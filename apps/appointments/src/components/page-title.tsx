import { LeftOutlined } from "@ant-design/icons";
import type { CSSProperties, ReactNode } from "react";
import { Link } from "react-router";
import { colors } from "./colors.ts";

/**
 * A page's title with an optional back link. Plain markup (not PageHeader): the citizen pages avoid antd
 * Typography to stay within the first-load budget.
 */
export function PageTitle({
  title,
  subtitle,
  back,
  backLabel,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  back?: string;
  backLabel?: string;
}) {
  return (
    <div style={{ marginBottom: 16 }}>
      {back && (
        <Link
          to={back}
          style={{ display: "inline-flex", alignItems: "center", gap: 4, fontSize: 14, marginBottom: 4 }}
          aria-label={backLabel}
        >
          <LeftOutlined style={{ fontSize: 12 }} />
          {backLabel}
        </Link>
      )}
      <h1 style={{ margin: 0, fontSize: 22, lineHeight: 1.35, fontWeight: 600, color: colors.text }}>{title}</h1>
      {subtitle && <div style={{ marginTop: 4, color: colors.textSecondary, fontSize: 14 }}>{subtitle}</div>}
    </div>
  );
}

/** A white rounded block, lighter than antd Card (which pulls in Tabs). */
export function Panel({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <section
      style={{
        background: colors.bg,
        borderRadius: 8,
        border: `1px solid ${colors.borderSecondary}`,
        padding: 16,
        marginBottom: 16,
        ...style,
      }}
    >
      {children}
    </section>
  );
}

/** `/?next=<this page>`: the portal's sign-in, coming back here afterwards. */
export function signInHref(): string {
  return `/?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
}
