import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ZONE_KIND_LABELS, ZONE_KINDS, type ZoneKind } from "@hall/domain";
import { EntityFormModal, ErrorAlert, type FieldSpec, PageHeader, ReferenceTable, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Tag, Tooltip } from "antd";
import { useAdminHall } from "./hall-context.ts";
import { useLabel, useLabelOptions } from "./labels.ts";
import { ActiveTag } from "./status-tag.tsx";
import { useEditor } from "./use-editor.ts";

type Zone = RouterOutputs["zones"]["list"][number];
type ZoneValues = { kind: ZoneKind; name: string; prefix: string; sort?: number | null; active?: boolean };

/** Active specialty acceptance zones of a hall (the ones the limit counts). */
export function countSpecialtyZones(zones: readonly Pick<Zone, "kind" | "active">[]): number {
  return zones.filter((z) => z.kind === "acceptance_specialty" && z.active).length;
}

/** 功能区: kind, name, ticket prefix, order; a 专业综合受理区 x / limit counter (the server refuses one too many). */
export function ZonesPage() {
  const t = useT();
  const trpc = useTRPC();
  const label = useLabel();
  const labelOptions = useLabelOptions();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const zones = useQuery(trpc.zones.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.zones.list.queryKey() });
  };
  const create = useMutation(trpc.zones.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.zones.update.mutationOptions({ onSuccess }));
  const editor = useEditor<Zone>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;

  const specialty = countSpecialtyZones(zones.data ?? []);
  const limit = hall.settings.maxSpecialtyZones;
  const full = specialty >= limit;
  const counter = (
    <Tooltip title={t("portal.zones.counterHint")}>
      <Tag
        color={full ? "red" : "blue"}
        data-testid="specialty-counter"
        style={{ fontSize: 14, padding: "4px 10px", margin: 0 }}
      >
        {t("portal.zones.counter", { count: specialty, limit })}
      </Tag>
    </Tooltip>
  );

  const fields: FieldSpec[] = [
    {
      name: "kind",
      label: t("portal.zones.kind"),
      kind: "select",
      required: true,
      options: labelOptions(ZONE_KIND_LABELS, ZONE_KINDS),
    },
    { name: "name", label: t("portal.zones.name"), kind: "text", required: true, max: 100 },
    {
      name: "prefix",
      label: t("portal.zones.prefix"),
      kind: "text",
      required: true,
      max: 1,
      placeholder: t("portal.zones.prefixPlaceholder"),
    },
    { name: "sort", label: t("portal.zones.sort"), kind: "number", min: 0, max: 999 },
    ...(editor.row ? [{ name: "active", label: t("portal.active"), kind: "switch" as const }] : []),
  ];

  return (
    <>
      <PageHeader title={t("portal.admin.menu.zones")} subtitle={t("portal.zones.subtitle")} extra={counter} />
      <ErrorAlert error={zones.error} />
      <ReferenceTable<Zone>
        columns={[
          { title: t("portal.zones.sort"), dataIndex: "sort", width: 72 },
          { title: t("portal.zones.name"), dataIndex: "name" },
          {
            title: t("portal.zones.kind"),
            dataIndex: "kind",
            render: (kind: ZoneKind) => (
              <Tag color={kind === "acceptance_specialty" ? "geekblue" : undefined}>
                {label(ZONE_KIND_LABELS, kind)}
              </Tag>
            ),
          },
          { title: t("portal.zones.prefix"), dataIndex: "prefix", render: (p: string) => <Tag>{p}</Tag> },
          {
            title: t("portal.status"),
            dataIndex: "active",
            render: (active: boolean) => <ActiveTag active={active} />,
          },
        ]}
        dataSource={zones.data ?? []}
        loading={zones.isLoading}
        searchKeys={["name", "prefix"]}
        onCreate={editor.create}
        onEdit={editor.edit}
      />
      <EntityFormModal<ZoneValues>
        open={editor.open}
        title={editor.row ? t("portal.zones.editTitle") : t("portal.zones.createTitle")}
        fields={fields}
        initialValues={
          editor.row
            ? {
                kind: editor.row.kind as ZoneKind,
                name: editor.row.name,
                prefix: editor.row.prefix,
                sort: editor.row.sort,
                active: editor.row.active,
              }
            : { sort: (zones.data?.length ?? 0) + 1 }
        }
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          const input = {
            kind: values.kind,
            name: values.name.trim(),
            prefix: values.prefix.trim().toUpperCase(),
            sort: values.sort ?? undefined,
          };
          if (editor.row) update.mutate({ id: editor.row.id, ...input, active: values.active ?? true });
          else create.mutate({ hallId: hall.id, ...input });
        }}
      />
    </>
  );
}
