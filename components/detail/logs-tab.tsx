'use client';
import { Alert, FormSelect, FormSelectOption, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { useEffect, useRef, useState } from 'react';
import type { KubeStatus, Pod } from '@/lib/resources/types';
import { logsUrl } from '@/components/kube/api';

const MAX_LINES = 5_000;

/** A pod's logs: pick a container (when it has several), then follow it. */
export function LogsTab({ pod, namespace }: { pod: Pod; namespace: string }) {
  const containers = (pod.spec?.containers ?? []).map((c) => c.name ?? '').filter(Boolean);
  const [container, setContainer] = useState(containers.includes('user-container') ? 'user-container' : containers[0]);
  if (!container) return <p>The pod has no containers.</p>;
  return (
    <>
      {containers.length > 1 && (
        <FormSelect value={container} onChange={(_e, v) => setContainer(v)} aria-label="Container" className="pf-v6-u-mb-sm">
          {containers.map((c) => <FormSelectOption key={c} value={c} label={c} />)}
        </FormSelect>
      )}
      <LogStream key={container} namespace={namespace} pod={pod.metadata.name} container={container} />
    </>
  );
}

/** Streams one container's log (pods/log?follow=true) over SSE and keeps the view at the bottom. */
function LogStream({ namespace, pod, container }: { namespace: string; pod: string; container: string }) {
  const [lines, setLines] = useState<string[]>([]);
  const [state, setState] = useState<{ ended?: boolean; error?: KubeStatus }>({});
  const pre = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const source = new EventSource(logsUrl(namespace, pod, container));
    let buffer: string[] = [];
    // Batch lines per animation frame: a chatty container must not re-render per line.
    let frame = 0;
    const flush = () => {
      frame = 0;
      const batch = buffer;
      buffer = [];
      setLines((old) => [...old, ...batch].slice(-MAX_LINES));
    };
    source.onmessage = (e) => {
      buffer.push(JSON.parse(e.data) as string);
      frame ||= requestAnimationFrame(flush);
    };
    source.addEventListener('end', () => {
      setState({ ended: true });
      source.close();
    });
    source.addEventListener('failure', (e) => {
      setState({ error: JSON.parse((e as MessageEvent).data) as KubeStatus });
      source.close();
    });
    // A dropped connection would reconnect and replay the tail: stop instead, and say so.
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) setState((s) => (s.error ? s : { ended: true }));
      source.close();
    };
    return () => {
      source.close();
      cancelAnimationFrame(frame);
    };
  }, [namespace, pod, container]);

  useEffect(() => {
    const el = pre.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>{state.ended ? 'The log stream ended.' : `Following ${container}`}</ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {state.error && <Alert variant="danger" isInline title={state.error.message} className="pf-v6-u-mb-sm" />}
      <pre ref={pre} className="console-logs" data-testid="pod-logs">
        {lines.join('\n')}
      </pre>
    </>
  );
}
