import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ORG_LEVEL_LABELS, ORG_LEVELS, type OrgLevel } from "@hall/domain";
import { EntityFormModal, ErrorAlert, type FieldSpec, PageHeader, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Empty, Flex, Spin, Tag, Tree, type TreeDataNode, Typography } from "antd";
import { type MouseEvent, useState } from "react";
import { useAdminHall } from "./hall-context.ts";
import { useLabel } from "./labels.ts";
import { textOrNull } from "./values.ts";

type OrgUnit = RouterOutputs["org"]["list"][number];
type OrgValues = { name: string; code?: string | null };
/** Editing `unit`, or adding a child under `parent`. */
type Dialog = { mode: "edit"; unit: OrgUnit } | { mode: "add"; parent: OrgUnit; level: OrgLevel } | null;

/** The level one below `level` (省 → 市 → 县 → 乡 → 村); null under a village. */
export function nextOrgLevel(level: string): OrgLevel | null {
  const index = ORG_LEVELS.indexOf(level as OrgLevel);
  return index >= 0 ? (ORG_LEVELS[index + 1] ?? null) : null;
}

/** Nests the flat, path-ordered list; units whose parent is out of scope become roots. */
function toTree(units: OrgUnit[], render: (unit: OrgUnit) => TreeDataNode["title"]): TreeDataNode[] {
  const nodes = new Map<number, TreeDataNode & { children: TreeDataNode[] }>();
  for (const unit of units) nodes.set(unit.id, { key: unit.id, title: render(unit), children: [] });
  const roots: TreeDataNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  for (const node of nodes.values()) if (node.children.length === 0) node.isLeaf = true;
  return roots;
}

/** 组织机构: the org units in the admin's scope as a tree, with rename and "add child unit". */
export function OrgPage() {
  const t = useT();
  const trpc = useTRPC();
  const label = useLabel();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [open, setOpen] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const units = useQuery(trpc.org.list.queryOptions());
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    setOpen(false);
    await queryClient.invalidateQueries({ queryKey: trpc.org.list.queryKey() });
  };
  const create = useMutation(trpc.org.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.org.update.mutationOptions({ onSuccess }));

  const show = (next: Dialog) => (event: MouseEvent) => {
    event.stopPropagation();
    create.reset();
    update.reset();
    setDialog(next);
    setOpen(true);
  };

  const treeData = toTree(units.data ?? [], (unit) => {
    const child = nextOrgLevel(unit.level);
    return (
      <Flex gap={8} align="center" wrap style={{ paddingBlock: 2 }}>
        <Typography.Text strong={unit.id === hall.orgUnitId}>{unit.name}</Typography.Text>
        <Tag>{label(ORG_LEVEL_LABELS, unit.level as OrgLevel)}</Tag>
        {unit.code && <Typography.Text type="secondary">{unit.code}</Typography.Text>}
        {unit.id === hall.orgUnitId && <Tag color="blue">{t("portal.org.hallHere", { hall: hall.name })}</Tag>}
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          aria-label={`${t("common.edit")} ${unit.name}`}
          onClick={show({ mode: "edit", unit })}
        >
          {t("common.edit")}
        </Button>
        {child && (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            aria-label={t("portal.org.addChildOf", { name: unit.name })}
            onClick={show({ mode: "add", parent: unit, level: child })}
          >
            {t("portal.org.addChild")}
          </Button>
        )}
      </Flex>
    );
  });
  // Everything is expanded unless the admin folded it, so a new child unit shows up at once.
  const expandedKeys = (units.data ?? []).map((u) => u.id).filter((id) => !collapsed.has(id));

  const fields: FieldSpec[] = [
    { name: "name", label: t("portal.org.name"), kind: "text", required: true, max: 100 },
    { name: "code", label: t("portal.org.code"), kind: "text", max: 20, placeholder: t("portal.org.codePlaceholder") },
  ];
  const title =
    dialog?.mode === "add"
      ? t("portal.org.addTitle", { parent: dialog.parent.name, level: label(ORG_LEVEL_LABELS, dialog.level) })
      : t("portal.org.editTitle");
  const mutation = dialog?.mode === "add" ? create : update;
  const formError = mutation.error;

  return (
    <>
      <PageHeader title={t("portal.admin.menu.org")} subtitle={t("portal.org.subtitle")} />
      <ErrorAlert error={units.error} />
      <Card>
        {units.isLoading ? (
          <Spin style={{ display: "block", margin: "40px auto" }} />
        ) : treeData.length === 0 ? (
          <Empty />
        ) : (
          <Tree
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(_, { expanded, node }) => {
              const next = new Set(collapsed);
              if (expanded) next.delete(Number(node.key));
              else next.add(Number(node.key));
              setCollapsed(next);
            }}
            blockNode
            selectable={false}
            showLine={{ showLeafIcon: false }}
          />
        )}
      </Card>
      <EntityFormModal<OrgValues>
        open={open}
        title={title}
        fields={fields}
        initialValues={dialog?.mode === "edit" ? { name: dialog.unit.name, code: dialog.unit.code } : {}}
        submitting={mutation.isPending}
        error={formError}
        onCancel={() => setOpen(false)}
        onSubmit={(values) => {
          if (!dialog) return;
          if (dialog.mode === "add") {
            create.mutate({
              parentId: dialog.parent.id,
              level: dialog.level,
              name: values.name.trim(),
              code: textOrNull(values.code),
            });
          } else {
            update.mutate({ id: dialog.unit.id, name: values.name.trim(), code: textOrNull(values.code) });
          }
        }}
      />
    </>
  );
}
