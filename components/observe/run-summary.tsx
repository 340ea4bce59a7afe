'use client';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Label, LabelGroup, Progress, ProgressMeasureLocation } from '@patternfly/react-core';
import { runFraction, type RunView } from '@/lib/send-traffic/types';
import { useNow } from '@/components/resources/use-now';

const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);
const stateText: Record<RunView['state'], string> = { running: 'Running', succeeded: 'Finished', cancelled: 'Cancelled', failed: 'Failed' };

/** A load run's figures, like `hey`'s summary: throughput, latency distribution, status codes. */
export function RunSummary({ run }: { run: RunView }) {
  const now = useNow(500);
  const p = run.progress;
  const elapsed = (p?.elapsedMs ?? (run.state === 'running' ? now - run.startedAt : 0)) / 1000;
  const fraction = runFraction(run, now);
  const rps = run.state === 'running' ? p?.rps : run.overallRps;
  return (
    <div data-testid="run-summary" data-state={run.state} data-completed={p?.completed ?? 0}>
      <Progress
        value={Math.round(fraction * 100)}
        title={`${stateText[run.state]}: ${run.spec.concurrency} concurrent on ${run.spec.path}`}
        measureLocation={ProgressMeasureLocation.outside}
        variant={run.state === 'failed' ? 'danger' : run.state === 'cancelled' ? 'warning' : run.state === 'succeeded' ? 'success' : undefined}
        aria-label="Load run progress"
      />
      <DescriptionList isHorizontal isCompact termWidth="20ch" columnModifier={{ default: '2Col' }} className="pf-v6-u-mt-md">
        <DescriptionListGroup>
          <DescriptionListTerm>Elapsed</DescriptionListTerm>
          <DescriptionListDescription>{elapsed.toFixed(1)} s</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{run.state === 'running' ? 'Requests/s (now)' : 'Requests/s'}</DescriptionListTerm>
          <DescriptionListDescription data-testid="run-rps">{rps !== undefined ? rps.toFixed(1) : '–'}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Requests</DescriptionListTerm>
          <DescriptionListDescription data-testid="run-completed">
            {p?.completed ?? 0} done{run.state === 'running' ? `, ${p?.inFlight ?? 0} in flight` : ''}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Latency p50 / p90 / p99</DescriptionListTerm>
          <DescriptionListDescription>{p?.latency.count ? `${ms(p.latency.p50)} / ${ms(p.latency.p90)} / ${ms(p.latency.p99)}` : '–'}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Fastest / mean / slowest</DescriptionListTerm>
          <DescriptionListDescription>{p?.latency.count ? `${ms(p.latency.min)} / ${ms(p.latency.mean)} / ${ms(p.latency.max)}` : '–'}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Status codes</DescriptionListTerm>
          <DescriptionListDescription>
            <LabelGroup numLabels={8} aria-label="Status code distribution">
              {Object.entries(p?.statusCounts ?? {}).map(([code, n]) => (
                <Label key={code} isCompact color={code.startsWith('2') ? 'green' : code === 'error' ? 'red' : 'orange'} data-testid={`run-status-${code}`}>
                  [{code}] {n}
                </Label>
              ))}
            </LabelGroup>
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {run.error && <p className="pf-v6-u-danger-color-100">{run.error}</p>}
    </div>
  );
}
