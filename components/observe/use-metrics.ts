'use client';
import { useEffect, useState } from 'react';
import type { MetricsMessage, MetricsSourceInfo, SeriesSet } from '@/lib/metrics/types';
import { appendFrame, emptySeries, lastSampleTime } from '@/lib/metrics/view';

export interface MetricsState {
  series: SeriesSet;
  source?: MetricsSourceInfo;
  /** The source's last failure (cleared by the next good sample). */
  error?: string;
  connected: boolean;
}

const initial: MetricsState = { series: emptySeries(), connected: false };

/**
 * The live metric series of a namespace (or one service) over the last
 * `rangeSeconds`: the history first, then a frame per sample from the
 * console server's shared scraper.
 */
export function useMetrics(namespace: string, service: string | undefined, rangeSeconds: number): MetricsState {
  const [state, setState] = useState<MetricsState>(initial);
  useEffect(() => {
    const q = new URLSearchParams({ namespace, range: String(rangeSeconds) });
    if (service) q.set('service', service);
    const source = new EventSource(`/api/metrics/stream?${q}`);
    let series = emptySeries();
    source.onmessage = (ev) => {
      const msg = JSON.parse(ev.data) as MetricsMessage;
      if (msg.type === 'hello') {
        series = msg.history;
        setState({ series, source: msg.source, connected: true });
      } else if (msg.type === 'frame') {
        series = appendFrame(series, msg.frame, msg.frame.t - rangeSeconds * 1000);
        setState((s) => ({ ...s, series, error: undefined, connected: true }));
      } else {
        setState((s) => ({ ...s, error: msg.message }));
      }
    };
    // EventSource reconnects by itself; the server then sends a fresh hello with history.
    source.onerror = () => setState((s) => ({ ...s, connected: false }));
    return () => {
      source.close();
      setState(initial);
    };
  }, [namespace, service, rangeSeconds]);
  return state;
}

/** Live tail with pause: while paused the charts keep the series as they were. */
export function useObserve(namespace: string, service?: string) {
  const [range, setRange] = useState(300);
  const [frozen, setFrozen] = useState<SeriesSet | undefined>();
  const live = useMetrics(namespace, service, range);
  // Before the first sample the axis shows the range up to when the page opened (no clock re-rendering every chart).
  const [openedAt] = useState(() => Date.now());
  const series = frozen ?? live.series;
  const end = lastSampleTime(series) ?? openedAt;
  const domain: [number, number] = [end - range * 1000, end];
  return {
    ...live,
    series,
    domain,
    range,
    setRange: (r: number) => {
      setFrozen(undefined);
      setRange(r);
    },
    paused: frozen !== undefined,
    togglePause: () => setFrozen((f) => (f ? undefined : live.series)),
    /** A figure the source cannot give (PodAutoscaler status only). */
    unavailable: live.source?.limited ? 'Needs Prometheus: set PROMETHEUS_URL on the console server.' : undefined,
  };
}

export type ObserveState = ReturnType<typeof useObserve>;
