import { Checkbox, Tag, theme } from "antd";
import { useId } from "react";
import { useBookingT } from "./messages.ts";
import type { MaterialItem } from "./types.ts";

export type MaterialsChecklistProps = {
  materials: readonly MaterialItem[];
  /** The citizen's confirmation that they read the whole list (required before booking). */
  confirmed: boolean;
  onConfirmedChange?: (confirmed: boolean) => void;
  /** Hide the confirmation checkbox (e.g. on a summary page). */
  readOnly?: boolean;
};

/**
 * 一次性告知: every material of a service item (copies, original or copy, 容缺-able, note) and the checkbox
 * “我已阅读并知晓需携带的全部材料” the citizen must tick before choosing a time.
 */
export function MaterialsChecklist({ materials, confirmed, onConfirmedChange, readOnly }: MaterialsChecklistProps) {
  const t = useBookingT();
  const { token } = theme.useToken();
  const anyWaivable = materials.some((m) => m.waivable);
  const titleId = useId();

  return (
    <section aria-labelledby={titleId} data-testid="materials-checklist">
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: 8 }}>
        <h3 id={titleId} style={{ margin: 0, fontSize: 16 }}>
          {t("booking.materialsTitle")}
        </h3>
        {materials.length > 0 && (
          <span style={{ color: token.colorTextSecondary, fontSize: 13, whiteSpace: "nowrap" }}>
            {t("booking.materialsCount", { n: materials.length })}
          </span>
        )}
      </header>
      <p style={{ margin: "4px 0 12px", color: token.colorTextSecondary, fontSize: 13 }}>
        {t("booking.materialsHint")}
      </p>
      {materials.length === 0 ? (
        <p style={{ margin: "0 0 12px" }}>{t("booking.noMaterials")}</p>
      ) : (
        <ol style={{ margin: "0 0 12px", padding: 0, listStyle: "none" }}>
          {materials.map((material, index) => (
            <li
              key={`${index}-${material.name}`}
              style={{
                display: "flex",
                gap: 10,
                padding: "10px 0",
                borderTop: index === 0 ? undefined : `1px solid ${token.colorSplit}`,
              }}
            >
              <span
                aria-hidden
                style={{
                  flex: "0 0 22px",
                  height: 22,
                  borderRadius: 11,
                  background: token.colorPrimaryBg,
                  color: token.colorPrimary,
                  fontSize: 12,
                  display: "flex",
                  alignItems: "center",
                  justifyContent: "center",
                }}
              >
                {index + 1}
              </span>
              <div style={{ flex: 1, minWidth: 0 }}>
                <div style={{ fontWeight: 500, overflowWrap: "anywhere" }}>{material.name}</div>
                <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4 }}>
                  <Tag style={{ marginInlineEnd: 0 }}>{t("booking.copies", { n: material.copies })}</Tag>
                  <Tag color={material.originalRequired ? "blue" : "default"} style={{ marginInlineEnd: 0 }}>
                    {t(material.originalRequired ? "booking.original" : "booking.copy")}
                  </Tag>
                  {material.waivable && (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      {t("booking.waivable")}
                    </Tag>
                  )}
                </div>
                {material.note && (
                  <div style={{ marginTop: 4, fontSize: 13, color: token.colorTextSecondary }}>{material.note}</div>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {anyWaivable && (
        <p style={{ margin: "0 0 12px", fontSize: 12, color: token.colorTextSecondary }}>{t("booking.waivableHint")}</p>
      )}
      {!readOnly && (
        <div
          style={{
            padding: 12,
            borderRadius: token.borderRadius,
            background: confirmed ? token.colorSuccessBg : token.colorWarningBg,
            border: `1px solid ${confirmed ? token.colorSuccessBorder : token.colorWarningBorder}`,
          }}
        >
          <Checkbox checked={confirmed} onChange={(e) => onConfirmedChange?.(e.target.checked)}>
            {t("booking.confirmMaterials")}
          </Checkbox>
        </div>
      )}
    </section>
  );
}
