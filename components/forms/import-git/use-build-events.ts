'use client';
import { useEffect, useState } from 'react';
import { kubeFetch } from '@/components/kube/api';
import type { BuildRecord } from '@/lib/builds/types';

/**
 * A build followed live over SSE (snapshot, then log lines and status changes);
 * if the stream drops before the build ends, the record is fetched once so
 * the view never sticks on a stale phase.
 */
export function useBuildEvents(initial: BuildRecord): BuildRecord {
  const [build, setBuild] = useState(initial);
  const { namespace, id } = initial;
  useEffect(() => {
    const source = new EventSource(`/api/builds/${encodeURIComponent(namespace)}/${encodeURIComponent(id)}/events`);
    let finished = false;
    source.addEventListener('snapshot', (e) => {
      const record = JSON.parse((e as MessageEvent).data) as BuildRecord;
      finished = record.phase === 'Succeeded' || record.phase === 'Failed';
      setBuild(record);
    });
    source.addEventListener('log', (e) => {
      const line = JSON.parse((e as MessageEvent).data) as string;
      setBuild((b) => ({ ...b, lines: [...b.lines, line] }));
    });
    source.addEventListener('status', (e) => {
      const record = JSON.parse((e as MessageEvent).data) as BuildRecord;
      finished = record.phase === 'Succeeded' || record.phase === 'Failed';
      setBuild((b) => ({ ...record, lines: b.lines }));
    });
    source.onerror = () => {
      source.close();
      if (!finished) kubeFetch<BuildRecord>(`/api/builds/${encodeURIComponent(namespace)}/${encodeURIComponent(id)}`).then(setBuild).catch(() => undefined);
    };
    return () => source.close();
  }, [namespace, id]);
  return build;
}
