import { EyeInvisibleOutlined, EyeOutlined, IdcardOutlined, PhoneOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useT } from "../i18n/i18n-provider.tsx";

export type MaskedIdProps = {
  /** Already masked by the server, e.g. "4101**********1234" or "138****5678". Never unmasked here. */
  value: string;
  /** Which label to show: 身份证号 (id) or 手机号 (phone). */
  kind: "id" | "phone";
  /** Offer a "show full number" toggle (the owner's own data); needs `onReveal`. */
  revealable?: boolean;
  /** Fetches the plain value from the server, which decides whether the viewer may see it. */
  onReveal?: () => Promise<string> | string;
};

/**
 * A personal number (ID card or phone) as the server masked it, with its label. Optionally the owner may reveal the
 * full number: the plain value is fetched from the server on demand and never kept beyond the component.
 */
export function MaskedId({ value, kind, revealable = false, onReveal }: MaskedIdProps) {
  const t = useT();
  const [plain, setPlain] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const label = t(kind === "id" ? "masked.id" : "masked.phone");

  const toggle = async () => {
    if (plain !== null || !onReveal) return setPlain(null);
    setLoading(true);
    try {
      setPlain(await onReveal());
    } finally {
      setLoading(false);
    }
  };

  return (
    <Space size={4}>
      <Tooltip title={label}>
        <Typography.Text aria-label={label} style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
          {kind === "id" ? <IdcardOutlined /> : <PhoneOutlined />} {plain ?? value}
        </Typography.Text>
      </Tooltip>
      {revealable && onReveal && (
        <Button
          type="text"
          size="small"
          loading={loading}
          icon={plain === null ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          aria-label={t(plain === null ? "masked.reveal" : "masked.hide")}
          onClick={toggle}
        />
      )}
    </Space>
  );
}
