'use client';

import type { DiffLine } from '@/lib/traffic';

const STYLE: Record<DiffLine['kind'], { sign: string; background?: string }> = {
  same: { sign: ' ' },
  add: { sign: '+', background: 'var(--pf-t--global--color--status--success--default)' },
  remove: { sign: '-', background: 'var(--pf-t--global--color--status--danger--default)' },
};

/** The `spec.traffic` change as a unified YAML diff: what apply will send. */
export function TrafficDiffView({ lines }: { lines: DiffLine[] }) {
  return (
    <pre
      aria-label="spec.traffic diff"
      data-testid="traffic-diff"
      style={{
        fontFamily: 'var(--pf-t--global--font--family--mono)',
        fontSize: 'var(--pf-t--global--font--size--body--sm)',
        background: 'var(--pf-t--global--background--color--secondary--default)',
        padding: 'var(--pf-t--global--spacer--sm)',
        borderRadius: 'var(--pf-t--global--border--radius--small)',
        overflowX: 'auto',
      }}
    >
      {lines.map((l, i) => {
        const s = STYLE[l.kind];
        return (
          <div
            key={i}
            data-kind={l.kind}
            style={s.background ? { background: `color-mix(in srgb, ${s.background} 18%, transparent)` } : undefined}
          >
            {s.sign} {l.text}
          </div>
        );
      })}
    </pre>
  );
}
