import { useTRPC } from "@hall/api-client";
import { useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Modal, Segmented, Select } from "antd";
import { useState } from "react";

/** 转窗: to another window or to a zone's queue. */
export function TransferModal({
  open,
  hallId,
  windowId,
  onClose,
  onTransfer,
  busy,
}: {
  open: boolean;
  hallId: number;
  windowId: number;
  onClose: () => void;
  onTransfer: (target: { toWindowId: number } | { toZoneId: number }) => void;
  busy: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [kind, setKind] = useState<"window" | "zone">("window");
  const [target, setTarget] = useState<number | null>(null);
  const windows = useQuery({ ...trpc.windows.list.queryOptions({ hallId }), enabled: open });
  const zones = useQuery({ ...trpc.zones.list.queryOptions({ hallId }), enabled: open });
  const options =
    kind === "window"
      ? (windows.data ?? [])
          .filter((w) => w.id !== windowId)
          .map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))
      : (zones.data ?? []).map((z) => ({ value: z.id, label: z.name }));
  return (
    <Modal
      open={open}
      title={t("appointments.queue.console.transferTitle")}
      onCancel={onClose}
      okText={t("appointments.queue.console.transfer")}
      okButtonProps={{ disabled: target === null, loading: busy }}
      onOk={() => target !== null && onTransfer(kind === "window" ? { toWindowId: target } : { toZoneId: target })}
      destroyOnHidden
    >
      <Segmented
        value={kind}
        onChange={(v) => {
          setKind(v as "window" | "zone");
          setTarget(null);
        }}
        options={[
          { value: "window", label: t("appointments.queue.console.toWindow") },
          { value: "zone", label: t("appointments.queue.console.toZone") },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Select
        style={{ width: "100%" }}
        aria-label={t("appointments.queue.console.transferTarget")}
        value={target}
        onChange={setTarget}
        options={options}
        loading={windows.isLoading || zones.isLoading}
        showSearch
        optionFilterProp="label"
      />
    </Modal>
  );
}
