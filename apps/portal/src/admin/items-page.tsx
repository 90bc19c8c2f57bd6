import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, PageHeader, ReferenceTable, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Popover, Space, Tag, Typography } from "antd";
import { useAdminHall } from "./hall-context.ts";
import { ItemFormModal, type ItemValues } from "./item-form-modal.tsx";
import { ActiveTag, YesTag } from "./status-tag.tsx";
import { useEditor } from "./use-editor.ts";
import { textOrNull } from "./values.ts";

type Item = RouterOutputs["items"]["list"][number];

function toInput(values: ItemValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    department: values.department.trim(),
    zoneId: values.zoneId ?? null,
    legalBasis: textOrNull(values.legalBasis),
    conditions: textOrNull(values.conditions),
    promisedDays: values.promisedDays,
    avgHandlingMinutes: values.avgHandlingMinutes ?? 15,
    instant: values.instant ?? false,
    bookable: values.bookable ?? false,
    online: values.online ?? false,
    theme: textOrNull(values.theme),
    materials: (values.materials ?? []).map((m) => ({
      name: m.name.trim(),
      copies: m.copies ?? 1,
      originalRequired: m.originalRequired ?? false,
      waivable: m.waivable ?? false,
      note: textOrNull(m.note),
    })),
  };
}

function MaterialsCell({ item }: { item: Item }) {
  const t = useT();
  if (item.materials.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const list = (
    <ol style={{ margin: 0, paddingInlineStart: 20, maxWidth: 360 }}>
      {item.materials.map((m) => (
        <li key={m.id}>
          {m.name} × {m.copies}
          {m.originalRequired && <Tag style={{ marginInlineStart: 6 }}>{t("portal.items.originalRequired")}</Tag>}
          {m.waivable && <Tag color="orange">{t("portal.items.waivable")}</Tag>}
        </li>
      ))}
    </ol>
  );
  return (
    <Popover content={list} title={t("portal.items.materials")}>
      <Typography.Link>{t("portal.items.materialCount", { count: item.materials.length })}</Typography.Link>
    </Popover>
  );
}

/** 服务事项: department, zone, time limit, flags, "一件事" theme and the materials list. */
export function ItemsPage() {
  const t = useT();
  const trpc = useTRPC();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const items = useQuery(trpc.items.list.queryOptions({ hallId: hall.id }));
  const zones = useQuery(trpc.zones.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.items.list.queryKey() });
  };
  const create = useMutation(trpc.items.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.items.update.mutationOptions({ onSuccess }));
  const editor = useEditor<Item>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;
  const zoneName = new Map((zones.data ?? []).map((z) => [z.id, z.name]));
  const row = editor.row;

  return (
    <>
      <PageHeader title={t("portal.admin.menu.items")} subtitle={t("portal.items.subtitle")} />
      <ErrorAlert error={items.error} />
      <ReferenceTable<Item>
        columns={[
          { title: t("portal.items.code"), dataIndex: "code" },
          { title: t("portal.items.name"), dataIndex: "name" },
          { title: t("portal.items.department"), dataIndex: "department" },
          {
            title: t("portal.items.zone"),
            dataIndex: "zoneId",
            render: (id: number | null) => (id === null ? "—" : (zoneName.get(id) ?? id)),
          },
          {
            title: t("portal.items.promisedDays"),
            dataIndex: "promisedDays",
            render: (days: number) => t("portal.items.days", { days }),
          },
          {
            title: t("portal.items.flags"),
            key: "flags",
            render: (_: unknown, item: Item) => (
              <Space size={0} wrap>
                <YesTag value={item.instant} label={t("portal.items.instant")} color="green" />
                <YesTag value={item.bookable} label={t("portal.items.bookable")} />
                <YesTag value={item.online} label={t("portal.items.online")} color="cyan" />
              </Space>
            ),
          },
          {
            title: t("portal.items.theme"),
            dataIndex: "theme",
            render: (theme: string | null) => (theme ? <Tag color="purple">{theme}</Tag> : "—"),
          },
          {
            title: t("portal.items.materials"),
            key: "materials",
            render: (_: unknown, item: Item) => <MaterialsCell item={item} />,
          },
          {
            title: t("portal.status"),
            dataIndex: "active",
            render: (active: boolean) => <ActiveTag active={active} />,
          },
        ]}
        dataSource={items.data ?? []}
        loading={items.isLoading}
        searchKeys={["code", "name", "department", "theme"]}
        onCreate={editor.create}
        onEdit={editor.edit}
      />
      <ItemFormModal
        open={editor.open}
        editing={row !== null}
        title={row ? t("portal.items.editTitle") : t("portal.items.createTitle")}
        initialValues={
          row
            ? {
                ...row,
                materials: row.materials.map(({ id: _id, ...m }) => m),
              }
            : { promisedDays: 0, avgHandlingMinutes: 15, instant: false, bookable: true, online: false, materials: [] }
        }
        zoneOptions={(zones.data ?? [])
          .filter((z) => z.active || z.id === row?.zoneId)
          .map((z) => ({ value: z.id, label: z.name }))}
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          if (row) update.mutate({ id: row.id, ...toInput(values), active: values.active ?? true });
          else create.mutate({ hallId: hall.id, ...toInput(values) });
        }}
      />
    </>
  );
}
