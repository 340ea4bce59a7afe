'use client';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { timeTicks, type Row } from '@/lib/metrics/view';
import { clock, colors } from './theme';

export interface LineSpec {
  key: string;
  name: string;
  color: string;
  /** Step lines for counts (pods change in whole steps, not gradually). */
  step?: boolean;
  dashed?: boolean;
}

export interface TimeSeriesChartProps {
  rows: Row[];
  lines: LineSpec[];
  /** The x range shown: [end − range, end]. */
  domain: [number, number];
  unit?: string;
  /** Decimals in tooltips. */
  digits?: number;
  allowDecimals?: boolean;
  reference?: { y: number; label: string };
  areas?: { from: number; to: number }[];
  areaLabel?: string;
}

const tick = { fontSize: 11, fill: colors.axis };

/**
 * A live line chart over time with PatternFly colours: no animation (a new
 * point every second would otherwise keep the lines moving), exact values in
 * the tooltip, an optional reference line and shaded spans.
 */
export function TimeSeriesChart({ rows, lines, domain, unit = '', digits = 2, allowDecimals = true, reference, areas = [], areaLabel }: TimeSeriesChartProps) {
  const fmt = (v: unknown) => (typeof v === 'number' ? `${Number.isInteger(v) ? v : v.toFixed(digits)}${unit ? ` ${unit}` : ''}` : String(v));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={domain} ticks={timeTicks(domain)} allowDataOverflow tickFormatter={clock} tick={tick} />
        <YAxis tick={tick} width={48} allowDecimals={allowDecimals} domain={[0, 'auto']} />
        {areas.map((a) => (
          <ReferenceArea key={a.from} x1={Math.max(a.from, domain[0])} x2={Math.min(a.to, domain[1])} fill={colors.panicFill} fillOpacity={0.15} ifOverflow="hidden" label={areaLabel ? { value: areaLabel, position: 'insideTopLeft', fontSize: 10 } : undefined} />
        ))}
        {reference && (
          <ReferenceLine y={reference.y} stroke={colors.reference} strokeDasharray="6 4" label={{ value: reference.label, position: 'insideTopRight', fontSize: 10, fill: colors.axis }} />
        )}
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(t) => clock(Number(t))}
          formatter={(v, name) => [fmt(v), name]}
          contentStyle={{ background: 'var(--pf-t--global--background--color--primary--default)', borderColor: colors.grid, fontSize: 12 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.name}
            type={l.step ? 'stepAfter' : 'linear'}
            stroke={l.color}
            strokeWidth={2}
            strokeDasharray={l.dashed ? '5 3' : undefined}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
