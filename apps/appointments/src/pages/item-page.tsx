import { ErrorAlert, MaterialsChecklist, useT } from "@hall/ui";
import { Alert, Button, Empty, Skeleton } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ItemSummary } from "../components/item-summary.tsx";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { useRouteItem } from "../components/use-item.ts";
import { hasConfirmedMaterials, setConfirmedMaterials } from "../draft.ts";
import { useHallParam } from "../hall.ts";
import "./items.messages.ts";

/** `/book/:itemId`: the full materials list (一次性告知); the citizen confirms it before choosing a time. */
export function ItemPage() {
  const t = useT();
  const navigate = useNavigate();
  const { withHall } = useHallParam();
  const { itemId, item, isLoading, error, notFound } = useRouteItem();
  const [confirmed, setConfirmed] = useState(() => hasConfirmedMaterials(itemId));

  const onConfirmedChange = (value: boolean) => {
    setConfirmed(value);
    setConfirmedMaterials(itemId, value);
  };

  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  if (notFound || !item) {
    return (
      <Empty description={t("appointments.item.notFound")}>
        <Link to={withHall("/book")}>{t("appointments.item.backToItems")}</Link>
      </Empty>
    );
  }

  return (
    <>
      <PageTitle title={item.name} back={withHall("/book")} backLabel={t("appointments.item.backToItems")} />
      <Panel>
        <ItemSummary item={item} />
      </Panel>
      {!item.bookable && (
        <Alert type="info" showIcon title={t("appointments.item.notBookable")} style={{ marginBottom: 16 }} />
      )}
      <Panel>
        <MaterialsChecklist
          materials={item.materials}
          confirmed={confirmed}
          onConfirmedChange={onConfirmedChange}
          readOnly={!item.bookable}
        />
      </Panel>
      {item.bookable && (
        <div style={{ position: "sticky", bottom: 0, paddingBlock: 12, background: "#f3f5f9" }}>
          <Button
            type="primary"
            size="large"
            block
            disabled={!confirmed}
            onClick={() => navigate(withHall(`/book/${item.id}/slot`))}
          >
            {t("appointments.item.next")}
          </Button>
          {!confirmed && (
            <div style={{ marginTop: 6, fontSize: 13, textAlign: "center", color: "rgba(0,0,0,0.45)" }}>
              {t("appointments.item.confirmFirst")}
            </div>
          )}
        </div>
      )}
    </>
  );
}
