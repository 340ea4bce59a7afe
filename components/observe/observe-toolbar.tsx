'use client';
import { Alert, Button, Label, ToggleGroup, ToggleGroupItem, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { PauseIcon, PlayIcon } from '@patternfly/react-icons';
import { METRIC_RANGES } from '@/lib/schemas/metrics-stream';
import { clock } from '@/components/charts/theme';
import type { ObserveState } from './use-metrics';

const rangeLabel = (s: number) => (s >= 3600 ? `${s / 3600} h` : `${s / 60} m`);

/** Time range, pause/resume, where the figures come from and whether they are flowing. */
export function ObserveToolbar({ state }: { state: ObserveState }) {
  const end = state.domain[1];
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <ToggleGroup aria-label="Time range">
              {METRIC_RANGES.map((r) => (
                <ToggleGroupItem key={r} text={rangeLabel(r)} buttonId={`range-${r}`} isSelected={state.range === r} onChange={() => state.setRange(r)} />
              ))}
            </ToggleGroup>
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="secondary" icon={state.paused ? <PlayIcon /> : <PauseIcon />} onClick={state.togglePause}>
              {state.paused ? 'Resume' : 'Pause'}
            </Button>
          </ToolbarItem>
          <ToolbarItem alignSelf="center">
            {state.paused ? (
              <Label color="orange" isCompact>Paused at {clock(end)}</Label>
            ) : state.connected ? (
              <Label color="green" isCompact data-testid="metrics-live">Live</Label>
            ) : (
              <Label color="grey" isCompact>Connecting…</Label>
            )}
          </ToolbarItem>
          {state.source && (
            <ToolbarItem alignSelf="center">
              <small>Source: {state.source.description}</small>
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      {state.source?.limited && (
        <Alert variant="info" isInline isPlain title="Only desired and actual pods are available">
          This cluster is read without a metrics backend: pods come from PodAutoscaler status. Concurrency, requests per second, latency and
          event rates need Prometheus scraping Knative: set PROMETHEUS_URL on the console server.
        </Alert>
      )}
      {state.error && <Alert variant="warning" isInline title="Metrics are not updating">{state.error}</Alert>}
    </>
  );
}
