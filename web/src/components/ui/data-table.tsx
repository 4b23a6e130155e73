import type { ReactNode } from 'react';

import { cn } from './cn';

type DataTableProps = {
  /** Read by screen readers only. */
  caption: string;
  columns: string[];
  /** Adds a last column for row actions, its header for screen readers only. */
  actions?: boolean;
  /** Classes for the table, such as its minimum width. */
  className?: string;
  /** The rows. */
  children: ReactNode;
};

/**
 * A bordered table that scrolls sideways inside its own box on narrow screens; the page never
 * does. The box is positioned so that screen-reader-only text in the cells (absolutely placed)
 * stays inside it too: unpositioned, that text sat at the table's far edge and widened the page.
 */
export function DataTable({ caption, columns, actions = false, className, children }: DataTableProps) {
  return (
    <div className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn('w-full text-left text-sm', className)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
