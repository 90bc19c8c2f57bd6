import { PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Grid, Input, Table, type TableColumnsType, type TableProps, Typography } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useT } from "../i18n/i18n-provider.tsx";

export type ReferenceTableProps<T extends object> = {
  /** Shown at the left of the toolbar. */
  title?: ReactNode;
  /** antd Table columns. */
  columns: TableColumnsType<T>;
  /** The rows (already loaded; filtering by the search box happens here). */
  dataSource: readonly T[];
  /** Defaults to "id". */
  rowKey?: TableProps<T>["rowKey"];
  /** Shows the table's loading state. */
  loading?: boolean;
  /** Row properties the search box filters on (case-insensitive substring); no search box when empty. */
  searchKeys?: (keyof T)[];
  /** Shows the 新建 button. */
  onCreate?: () => void;
  /** Label of the 新建 button (defaults to the common "create" message). */
  createLabel?: ReactNode;
  /** Shows the 编辑 row action. */
  onEdit?: (row: T) => void;
  /** More row actions next to 编辑. */
  rowActions?: (row: T) => ReactNode;
  /** More toolbar content (filters, export, …) before the 新建 button. */
  toolbarExtra?: ReactNode;
};

/** antd Table for reference data with a toolbar (search, 新建) and an 编辑 action; scrolls sideways on phones. */
export function ReferenceTable<T extends object>({
  title,
  columns,
  dataSource,
  rowKey = "id" as TableProps<T>["rowKey"],
  loading = false,
  searchKeys = [],
  onCreate,
  createLabel,
  onEdit,
  rowActions,
  toolbarExtra,
}: ReferenceTableProps<T>) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [query, setQuery] = useState("");

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || searchKeys.length === 0) return [...dataSource];
    return dataSource.filter((row) =>
      searchKeys.some((key) =>
        String(row[key] ?? "")
          .toLowerCase()
          .includes(q),
      ),
    );
  }, [dataSource, query, searchKeys]);

  const allColumns: TableColumnsType<T> =
    onEdit || rowActions
      ? [
          ...columns,
          {
            key: "__actions",
            title: t("common.actions"),
            fixed: phone ? undefined : "right",
            width: 1,
            render: (_: unknown, row: T) => (
              <Flex gap={4} style={{ whiteSpace: "nowrap" }}>
                {onEdit && (
                  <Button type="link" size="small" onClick={() => onEdit(row)}>
                    {t("common.edit")}
                  </Button>
                )}
                {rowActions?.(row)}
              </Flex>
            ),
          },
        ]
      : columns;

  return (
    <div>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        {title ? (
          <Typography.Title level={5} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        ) : (
          <span />
        )}
        <Flex gap={8} wrap style={phone ? { width: "100%" } : undefined}>
          {searchKeys.length > 0 && (
            <Input.Search
              allowClear
              aria-label={t("common.search")}
              placeholder={t("common.searchPlaceholder")}
              onChange={(e) => setQuery(e.target.value)}
              onSearch={setQuery}
              style={{ width: phone ? "100%" : 240, flex: phone ? "1 1 160px" : undefined }}
            />
          )}
          {toolbarExtra}
          {onCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
              {createLabel ?? t("common.create")}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<T>
        columns={allColumns}
        dataSource={rows}
        rowKey={rowKey}
        loading={loading}
        size={phone ? "small" : "middle"}
        scroll={{ x: "max-content" }}
        pagination={{
          defaultPageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t("common.total", { total }),
          simple: phone,
        }}
      />
    </div>
  );
}
