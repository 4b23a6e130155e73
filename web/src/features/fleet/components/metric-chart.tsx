import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import type { Period } from '../types';
import { formatTime, formatValue, unitLabel, type ChartRow } from './chart-data';

type MetricChartProps = { rows: ChartRow[]; unit: string; period: Period; name: string };

/**
 * The series as a line (recharts). It is hidden from screen readers: the figure's caption and its
 * table of points say the same in text.
 */
export function MetricChart({ rows, unit, period, name }: MetricChartProps) {
  return (
    <div aria-hidden="true" className="h-64 w-full min-w-0 sm:h-72">
      <LineChart responsive data={rows} accessibilityLayer={false} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(time: number) => formatTime(time, period)}
          tick={{ fill: '#334155', fontSize: 12 }}
          minTickGap={24}
        />
        <YAxis
          width={72}
          tickFormatter={(value: number) => formatValue(value, unit)}
          tick={{ fill: '#334155', fontSize: 12 }}
          label={{ value: unitLabel(unit), angle: -90, position: 'insideLeft', fill: '#334155', fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(time) => new Date(Number(time)).toLocaleString()}
          formatter={(value) => [formatValue(Number(value), unit), name]}
        />
        <Line type="monotone" dataKey="value" name={name} stroke="#1d4ed8" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
