'use client';

import { Flex, FlexItem } from '@patternfly/react-core';

export interface SplitSegment {
  key: string;
  label: string;
  percent: number;
}

// PatternFly palette tokens, in an order where neighbours contrast.
const COLORS = ['blue', 'teal', 'purple', 'orange', 'green', 'yellow', 'red-orange', 'gray'].map(
  (c) => `var(--pf-t--color--${c}--50)`,
);
export const segmentColor = (i: number) => COLORS[i % COLORS.length];

/** A horizontal stacked bar of the split with a legend; redraws as sliders move. */
export function SplitBar({ segments }: { segments: SplitSegment[] }) {
  const summary = segments.map((s) => `${s.label} ${s.percent}%`).join(', ');
  return (
    <div>
      <div
        role="img"
        aria-label={`Traffic split: ${summary}`}
        style={{
          display: 'flex',
          height: '1.25rem',
          borderRadius: 'var(--pf-t--global--border--radius--small)',
          overflow: 'hidden',
          background: 'var(--pf-t--global--background--color--secondary--default)',
        }}
      >
        {segments.map((s, i) =>
          s.percent > 0 ? (
            <div
              key={s.key}
              title={`${s.label}: ${s.percent}%`}
              style={{ width: `${s.percent}%`, background: segmentColor(i), transition: 'width 120ms ease-out' }}
            />
          ) : null,
        )}
      </div>
      <Flex spaceItems={{ default: 'spaceItemsMd' }} style={{ marginTop: 'var(--pf-t--global--spacer--sm)' }}>
        {segments.map((s, i) => (
          <FlexItem key={s.key} data-testid="split-legend-item">
            <span
              aria-hidden
              style={{ display: 'inline-block', width: '0.75em', height: '0.75em', marginRight: '0.35em', background: segmentColor(i), borderRadius: 2 }}
            />
            {s.label} <strong>{s.percent}%</strong>
          </FlexItem>
        ))}
      </Flex>
    </div>
  );
}
