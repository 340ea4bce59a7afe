'use client';
import { useEffect, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PodPoint } from './use-pod-history';

const time = (t: number) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Ready pods over time, as observed through watch events since this page opened, extended to now. */
export function PodsChart({ points }: { points: PodPoint[] }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 2_000);
    return () => clearInterval(timer);
  }, []);
  if (points.length === 0) return <p>No pod data for this node.</p>;
  const last = points[points.length - 1];
  const data = [...points, { t: Math.max(now, last.t), pods: last.pods }];
  return (
    <div style={{ width: '100%', height: 180 }} data-testid="pods-chart">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={time} fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip labelFormatter={(t) => time(Number(t))} />
          <Line type="linear" dataKey="pods" name="Ready pods" stroke="var(--pf-t--global--color--brand--default, #0066cc)" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
