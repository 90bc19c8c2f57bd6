import type { RouterOutputs } from "@hall/api-client";
import { useT } from "@hall/ui";
import { Tag, theme } from "antd";
import "../pages/items.messages.ts";

export type CatalogItem = RouterOutputs["catalog"]["items"]["list"][number];

/** Name, department, zone, time limit and theme of a service item. */
export function ItemSummary({ item }: { item: CatalogItem }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <div>
      <div style={{ fontSize: 13, color: token.colorTextSecondary }}>
        {item.department}
        {item.zone && ` · ${item.zone.name}`}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 6 }}>
        {item.instant ? (
          <Tag color="green" style={{ marginInlineEnd: 0 }}>
            {t("appointments.items.instant")}
          </Tag>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }}>{t("appointments.items.promisedDays", { n: item.promisedDays })}</Tag>
        )}
        {item.theme && (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {item.theme}
          </Tag>
        )}
      </div>
    </div>
  );
}
