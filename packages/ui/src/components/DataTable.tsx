import { type ColumnDef, flexRender, getCoreRowModel, getSortedRowModel, type SortingState, type OnChangeFn, useReactTable } from "@tanstack/react-table";
import "./table.css";

/** Column metadata this table understands besides TanStack Table's own. */
export interface ColumnMeta {
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/**
 * A staff table on TanStack Table: a real `<table>` with a caption, sortable headers as buttons
 * that announce their order (`aria-sort`), and a message when there is nothing to show. Pass
 * `sorting`/`onSortingChange` to keep the order in the URL and sort on the server.
 */
export function DataTable<Row>({
  caption, columns, rows, emptyMessage, sorting, onSortingChange, getRowId,
}: {
  caption: string;
  columns: ColumnDef<Row, unknown>[];
  rows: readonly Row[];
  emptyMessage: string;
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  getRowId?: (row: Row) => string;
}) {
  const table = useReactTable({
    data: rows as Row[],
    columns,
    getRowId,
    state: sorting ? { sorting } : undefined,
    onSortingChange,
    manualSorting: Boolean(onSortingChange),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = (header.column.columnDef.meta as ColumnMeta | undefined)?.numeric;
                return (
                  <th key={header.id} scope="col" className={numeric ? "ui-table__number" : undefined} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="ui-table__sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td className="ui-table__empty" colSpan={columns.length}>{emptyMessage}</td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={(cell.column.columnDef.meta as ColumnMeta | undefined)?.numeric ? "ui-table__number" : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
