import { RightOutlined, SearchOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "antd";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { Chip, ToggleChip } from "../components/chips.tsx";
import { LazyErrorAlert } from "../components/lazy-error-alert.tsx";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { hallInput, useHallParam } from "../hall.ts";
import "./items.messages.ts";
import { colors } from "../components/colors.ts";

type Item = RouterOutputs["catalog"]["items"]["list"][number];

/** Matches the search text against name, department, code, zone and theme. */
export function matchesSearch(item: Item, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.name, item.department, item.code, item.zone?.name ?? "", item.theme ?? ""].some((field) =>
    field.toLowerCase().includes(q),
  );
}

function FilterChips({
  label,
  options,
  value,
  onChange,
  allLabel,
}: {
  label: string;
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** Label of an extra "all" chip (value null); none when omitted. */
  allLabel?: string;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset
      style={{
        display: "flex",
        gap: 6,
        alignItems: "center",
        flexWrap: "wrap",
        margin: 0,
        padding: 0,
        border: 0,
        minInlineSize: 0,
      }}
    >
      <legend style={{ float: "left", padding: 0, fontSize: 13, color: colors.textSecondary, minWidth: 56 }}>
        {label}
      </legend>
      {allLabel && (
        <ToggleChip pressed={value === null} onClick={() => onChange(null)}>
          {allLabel}
        </ToggleChip>
      )}
      {options.map((option) => (
        <ToggleChip
          key={option.value}
          pressed={value === option.value}
          onClick={() => onChange(value === option.value ? null : option.value)}
        >
          {option.label}
        </ToggleChip>
      ))}
    </fieldset>
  );
}

function ItemRow({ item, href }: { item: Item; href: string }) {
  const t = useT();
  const body = (
    <div style={{ display: "flex", alignItems: "center", gap: 12, padding: "12px 0" }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontSize: 16, fontWeight: 500, color: item.bookable ? colors.text : colors.textQuaternary }}>
          {item.name}
        </div>
        <div style={{ fontSize: 13, color: colors.textSecondary, marginTop: 2 }}>
          {item.department}
          {item.zone && ` · ${item.zone.name}`}
        </div>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 6 }}>
          {item.instant ? (
            <Chip color="green">{t("appointments.items.instant")}</Chip>
          ) : (
            <Chip>{t("appointments.items.promisedDays", { n: item.promisedDays })}</Chip>
          )}
          {item.theme && <Chip color="gold">{item.theme}</Chip>}
          {!item.bookable && <Chip color="grey">{t("appointments.items.notBookable")}</Chip>}
        </div>
      </div>
      {item.bookable && <RightOutlined style={{ color: colors.textQuaternary }} aria-hidden />}
    </div>
  );
  return (
    <li style={{ borderTop: `1px solid ${colors.split}` }} data-testid="item-row">
      {item.bookable ? (
        <Link to={href} style={{ display: "block", color: "inherit" }} aria-label={item.name}>
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}

/** `/book`: pick a service item — search, filter by zone and by “一件事” theme. Public (visitors may browse). */
export function ItemsPage() {
  const t = useT();
  const trpc = useTRPC();
  const { hallId, withHall } = useHallParam();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const zone = params.get("zone");
  const themeFilter = params.get("theme");

  const halls = useQuery(trpc.catalog.halls.queryOptions());
  const items = useQuery(trpc.catalog.items.list.queryOptions(hallInput(hallId)));

  const setParam = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const all = items.data ?? [];
  const zones = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of items.data ?? []) if (item.zone) seen.set(String(item.zone.id), item.zone.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [items.data]);
  const themes = useMemo(
    () =>
      [...new Set((items.data ?? []).map((i) => i.theme).filter((v): v is string => !!v))].map((v) => ({
        value: v,
        label: v,
      })),
    [items.data],
  );
  const shown = all
    .filter((item) => matchesSearch(item, query))
    .filter((item) => !zone || String(item.zone?.id) === zone)
    .filter((item) => !themeFilter || item.theme === themeFilter)
    .sort((a, b) => Number(b.bookable) - Number(a.bookable));

  const hallName = halls.data?.find((h) => h.id === hallId)?.name ?? halls.data?.[0]?.name;

  return (
    <>
      <PageTitle
        title={t("appointments.items.title")}
        subtitle={hallName}
        back="/"
        backLabel={t("appointments.backHome")}
      />
      {(halls.data?.length ?? 0) > 1 && (
        <Panel style={{ padding: 12 }}>
          <FilterChips
            label={t("appointments.items.hall")}
            options={(halls.data ?? []).map((h) => ({ value: String(h.id), label: h.name }))}
            value={String(hallId ?? halls.data?.[0]?.id)}
            onChange={(value) => value && setParams({ hall: value }, { replace: true })}
          />
        </Panel>
      )}
      <Panel style={{ padding: 12, display: "grid", gap: 10 }}>
        <label style={{ position: "relative", display: "block" }}>
          <SearchOutlined aria-hidden style={{ position: "absolute", left: 12, top: 12, color: colors.textTertiary }} />
          <input
            type="search"
            value={query}
            onChange={(e) => setParam("q", e.target.value)}
            placeholder={t("appointments.items.searchPlaceholder")}
            aria-label={t("appointments.items.search")}
            enterKeyHint="search"
            style={{
              width: "100%",
              boxSizing: "border-box",
              height: 40,
              padding: "0 12px 0 36px",
              fontSize: 16,
              font: "inherit",
              border: `1px solid ${colors.border}`,
              borderRadius: 4,
              outlineColor: colors.primary,
              background: colors.bg,
              color: colors.text,
            }}
          />
        </label>
        <FilterChips
          label={t("appointments.items.zone")}
          allLabel={t("appointments.items.all")}
          options={zones}
          value={zone}
          onChange={(value) => setParam("zone", value)}
        />
        <FilterChips
          label={t("appointments.items.theme")}
          allLabel={t("appointments.items.all")}
          options={themes}
          value={themeFilter}
          onChange={(value) => setParam("theme", value)}
        />
      </Panel>
      <LazyErrorAlert error={items.error} />
      <Panel style={{ paddingBlock: 4 }}>
        {items.isLoading ? (
          <Skeleton active style={{ padding: "12px 0" }} />
        ) : shown.length === 0 ? (
          <p role="status" style={{ margin: 0, padding: "24px 0", textAlign: "center", color: colors.textSecondary }}>
            {t("appointments.items.none")}
          </p>
        ) : (
          <>
            <div style={{ fontSize: 13, color: colors.textSecondary, padding: "8px 0" }}>
              {t("appointments.items.count", { n: shown.length })}
            </div>
            <ul style={{ margin: 0, padding: 0, listStyle: "none" }} aria-label={t("appointments.items.title")}>
              {shown.map((item) => (
                <ItemRow key={item.id} item={item} href={withHall(`/book/${item.id}`)} />
              ))}
            </ul>
          </>
        )}
      </Panel>
    </>
  );
}
