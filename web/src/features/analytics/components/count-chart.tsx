import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import type { ChartRow } from './chart-rows';

/**
 * The counts as bars (recharts, as on the fleet pages). Hidden from screen readers: the figure's
 * caption and its data table say the same in text.
 */
export function CountChart({ rows, name }: { rows: ChartRow[]; name: string }) {
  return (
    // Clipped: a tooltip near the edge must not widen a phone's page.
    <div aria-hidden="true" className="h-64 w-full min-w-0 overflow-hidden sm:h-72">
      <BarChart responsive data={rows} accessibilityLayer={false} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#334155', fontSize: 12 }} minTickGap={16} />
        <YAxis width={40} allowDecimals={false} tick={{ fill: '#334155', fontSize: 12 }} />
        <Tooltip formatter={(value) => [String(value), name]} />
        <Bar dataKey="count" name={name} fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
