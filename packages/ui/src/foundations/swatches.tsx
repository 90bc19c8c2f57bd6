import { theme } from "antd";
import { HALL_BLUE, hallTheme } from "../i18n/theme.ts";
import { BOARD_COLORS } from "../queue/calling-board.tsx";

/** The hall theme's resolved antd design tokens (what `theme.useToken()` gives inside I18nProvider). */
const token = theme.getDesignToken(hallTheme);

type Swatch = { name: string; value: string; use: string };

const HALL: Swatch[] = [
  { name: "HALL_BLUE / colorPrimary", value: HALL_BLUE, use: "政务蓝: primary buttons, links, the header bar" },
  { name: "colorSuccess", value: token.colorSuccess, use: "seats left, confirmed" },
  { name: "colorWarning", value: token.colorWarning, use: "unconfirmed checklist, deadlines" },
  { name: "colorError", value: token.colorError, use: "已约满 (full), refusals" },
  { name: "colorText", value: token.colorText, use: "body text" },
  { name: "colorTextSecondary", value: token.colorTextSecondary, use: "hints, captions (≥ 4.5:1 on white)" },
  {
    name: "colorTextDisabled",
    value: token.colorTextDisabled,
    use: "placeholder only — never the only text of a control",
  },
  { name: "Layout.bodyBg", value: "#f3f5f9", use: "page background" },
];

const BOARD: Swatch[] = [
  { name: "board background", value: BOARD_COLORS.background, use: "calling display background" },
  { name: "board panel", value: BOARD_COLORS.panel, use: "latest-call panel, recent-call tiles" },
  { name: "board accent", value: BOARD_COLORS.accent, use: "the latest call (flashes when new)" },
  { name: "board text", value: BOARD_COLORS.text, use: "numbers, clock" },
  { name: "board muted", value: BOARD_COLORS.muted, use: "labels (≥ 4.5:1 on the panel)" },
];

function Grid({ swatches }: { swatches: Swatch[] }) {
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))", gap: 12 }}>
      {swatches.map((s) => (
        <figure key={s.name} style={{ margin: 0, border: "1px solid #d9d9d9", borderRadius: 4, overflow: "hidden" }}>
          <div style={{ background: s.value, height: 48 }} />
          <figcaption style={{ padding: 8, fontSize: 13 }}>
            <strong>{s.name}</strong>
            <br />
            <code>{s.value}</code>
            <br />
            {s.use}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

export function HallColors() {
  return <Grid swatches={HALL} />;
}

export function BoardColors() {
  return <Grid swatches={BOARD} />;
}

/** The type scale in use, rendered in the hall font stack with Chinese and Latin text side by side. */
export function TypeScale() {
  const rows = [
    { name: "Page title (PageHeader, h3)", size: token.fontSizeHeading3 },
    { name: "Section title (h4/h5)", size: token.fontSizeHeading5 },
    { name: "Body (fontSize)", size: token.fontSize },
    { name: "Slot tile / large controls", size: 15 },
    { name: "Captions, hints (fontSizeSM)", size: token.fontSizeSM },
  ];
  return (
    <table style={{ borderCollapse: "collapse", width: "100%", fontFamily: token.fontFamily }}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} style={{ borderBottom: "1px solid #f0f0f0" }}>
            <td style={{ padding: "6px 8px", fontSize: 13, whiteSpace: "nowrap" }}>
              {r.name} · {r.size}px
            </td>
            <td style={{ padding: "6px 8px", fontSize: r.size }}>政务服务大厅 Service Hall 0123</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const FONT_FAMILY = token.fontFamily;
