'use client';
import { useEffect, useState } from 'react';
import { KubeApiError, kubeFetch } from '@/components/kube/api';
import type { SendTrafficInput } from '@/lib/schemas/send-traffic';
import type { RunMessage, RunView } from '@/lib/send-traffic/types';

const runUrl = (namespace: string, service: string) => `/api/send-traffic/${encodeURIComponent(namespace)}/${encodeURIComponent(service)}`;

/** The service's load run (current or last), live, with start and cancel. */
export function useLoadRun(namespace: string, service: string) {
  const [run, setRun] = useState<RunView | null>(null);
  useEffect(() => {
    const source = new EventSource(runUrl(namespace, service));
    source.onmessage = (ev) => setRun((JSON.parse(ev.data) as RunMessage).run);
    return () => source.close();
  }, [namespace, service]);

  return {
    run,
    /** Throws KubeApiError with the server's Status (field causes, 409 for a run already going). */
    start: async (input: SendTrafficInput) => {
      const started = await kubeFetch<RunView>(runUrl(namespace, service), { method: 'POST', body: JSON.stringify(input) });
      setRun(started);
      return started;
    },
    cancel: async () => {
      try {
        await kubeFetch<RunView>(runUrl(namespace, service), { method: 'DELETE' });
      } catch (e) {
        // Already over: the stream brings the final state.
        if (!(e instanceof KubeApiError && e.code === 404)) throw e;
      }
    },
  };
}
