/* eslint-disable @typescript-eslint/no-explicit-any -- printers read loosely typed built-in objects */
import type { KubeObject } from '../resources/types';
import { age } from './duration';

export interface ColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

/** A kind whose columns kube-apiserver computes in Go rather than from JSONPaths. */
export interface BuiltinPrinter {
  columns: ColumnDefinition[];
  cells(obj: KubeObject, now: number): unknown[];
}

export const col = (name: string, type = 'string', priority = 0, format = '', description = ''): ColumnDefinition => ({
  name,
  type,
  format,
  description,
  priority,
});

export const nameColumn = col('Name', 'string', 0, 'name', 'Name must be unique within a namespace.');
export const ageColumn = col('Age', 'string', 0, '', 'CreationTimestamp is a timestamp representing the server time when this object was created.');

const dataCount = (o: any) => Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length;

/** kubectl's pod STATUS: the most telling reason among phase, pod reason and container states (printers.go printPod). */
export function podStatus(pod: any): { ready: string; status: string; restarts: string } {
  const containers: any[] = pod.spec?.containers ?? [];
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
  let restarts = 0;
  let lastRestart: number | undefined;
  let ready = 0;
  let hasRunning = false;
  for (const cs of [...statuses].reverse()) {
    restarts += cs.restartCount ?? 0;
    const finished = cs.lastState?.terminated?.finishedAt;
    if (finished) lastRestart = Math.max(lastRestart ?? 0, Date.parse(finished));
    const st = cs.state ?? {};
    if (st.waiting?.reason) reason = st.waiting.reason;
    else if (st.terminated?.reason) reason = st.terminated.reason;
    else if (st.terminated) reason = st.terminated.signal ? `Signal:${st.terminated.signal}` : `ExitCode:${st.terminated.exitCode}`;
    else if (cs.ready && st.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    const podReady = (pod.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
    reason = podReady ? 'Running' : 'NotReady';
  }
  if (pod.metadata?.deletionTimestamp) reason = 'Terminating';
  const restartText = lastRestart ? `${restarts} (${age(new Date(lastRestart).toISOString(), Date.now())} ago)` : String(restarts);
  return { ready: `${ready}/${containers.length}`, status: reason, restarts: restartText };
}

export const builtinPrinters: Record<string, BuiltinPrinter> = {
  '/pods': {
    columns: [nameColumn, col('Ready'), col('Status'), col('Restarts'), ageColumn, col('IP', 'string', 1), col('Node', 'string', 1)],
    cells(o: any, now) {
      const s = podStatus(o);
      return [o.metadata.name, s.ready, s.status, s.restarts, age(o.metadata.creationTimestamp, now), o.status?.podIP ?? '<none>', o.spec?.nodeName ?? '<none>'];
    },
  },
  '/namespaces': {
    columns: [nameColumn, col('Status'), ageColumn],
    cells: (o: any, now) => [o.metadata.name, o.status?.phase ?? 'Active', age(o.metadata.creationTimestamp, now)],
  },
  '/configmaps': {
    columns: [nameColumn, col('Data', 'string'), ageColumn],
    cells: (o: any, now) => [o.metadata.name, dataCount(o), age(o.metadata.creationTimestamp, now)],
  },
  '/secrets': {
    columns: [nameColumn, col('Type'), col('Data', 'string'), ageColumn],
    cells: (o: any, now) => [o.metadata.name, o.type ?? 'Opaque', dataCount(o), age(o.metadata.creationTimestamp, now)],
  },
  '/serviceaccounts': {
    columns: [nameColumn, col('Secrets', 'string'), ageColumn],
    cells: (o: any, now) => [o.metadata.name, (o.secrets ?? []).length, age(o.metadata.creationTimestamp, now)],
  },
  '/events': {
    columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Message'), col('Count', 'string', 1), { ...nameColumn, priority: 1 }],
    cells(o: any, now) {
      const involved = o.involvedObject ?? {};
      const last = o.lastTimestamp ?? o.eventTime ?? o.metadata.creationTimestamp;
      return [age(last, now), o.type ?? '', o.reason ?? '', `${String(involved.kind ?? '').toLowerCase()}/${involved.name ?? ''}`, o.message ?? '', o.count ?? 1, o.metadata.name];
    },
  },
  'apps/deployments': {
    columns: [nameColumn, col('Ready'), col('Up-to-date', 'integer'), col('Available', 'integer'), ageColumn, col('Containers', 'string', 1), col('Images', 'string', 1)],
    cells(o: any, now) {
      const containers: any[] = o.spec?.template?.spec?.containers ?? [];
      return [
        o.metadata.name,
        `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
        o.status?.updatedReplicas ?? 0,
        o.status?.availableReplicas ?? 0,
        age(o.metadata.creationTimestamp, now),
        containers.map((c) => c.name).join(','),
        containers.map((c) => c.image).join(','),
      ];
    },
  },
};
