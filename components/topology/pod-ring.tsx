import { memo } from 'react';

/** Ready pods as a ring with the count inside; the ring fills with colour once a pod serves (scale from zero is visible). */
export const PodRing = memo(function PodRing({ count, size = 34 }: { count: number; size?: number }) {
  const r = size / 2 - 3;
  const active = count > 0;
  return (
    <svg width={size} height={size} role="img" aria-label={`${count} ready pod${count === 1 ? '' : 's'}`} data-testid="pod-count" data-count={count}>
      <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke="var(--pf-t--global--border--color--default, #d2d2d2)" strokeWidth={4} />
      <circle
        cx={size / 2}
        cy={size / 2}
        r={r}
        fill="none"
        stroke="var(--pf-t--global--color--brand--default, #0066cc)"
        strokeWidth={4}
        strokeDasharray={`${active ? 2 * Math.PI * r : 0} ${2 * Math.PI * r}`}
        style={{ transition: 'stroke-dasharray 300ms ease' }}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
      <text x="50%" y="50%" dominantBaseline="central" textAnchor="middle" fontSize={12} fontWeight={600}>
        {count}
      </text>
    </svg>
  );
});
