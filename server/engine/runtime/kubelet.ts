import { startController, type Controller } from '../controller/controller';
import type { Store } from '../store/store';
import { resolveEnv } from './env';
import { freePort } from './free-port';
import { resolveLocalImage } from './local-images';
import { pidFileFor } from './pid-files';
import { PodProcess, type ContainerState } from './pod-process';
import { podStatus } from './pod-status';
import { programFor } from './programs';
import { baseEnv, type WarmPool } from './warm-pool';

/** The annotation carrying the local port a pod listens on (a pod's "IP:port" on this machine). */
export const POD_PORT_ANNOTATION = 'engine.serverless-console.dev/port';

const PODS = '/pods';

export const logFileFor = (dataDir: string, namespace: string, pod: string, container: string) =>
  `${dataDir}/logs/${namespace}/${pod}/${container}.log`;

/**
 * The node agent: every Pod object gets a process running its first
 * container's program, and the Pod's status follows that process. A deleted
 * Pod's process is stopped.
 */
export function startKubelet(opts: { store: Store; dataDir: string; pool: WarmPool }) {
  const { store, dataDir, pool } = opts;
  const procs = new Map<string, PodProcess>();

  // Pods recorded Ready by a previous engine point at processes that are gone.
  for (const pod of store.list(PODS)) {
    if (!pod.status?.containerStatuses?.length) continue;
    const c = pod.spec?.containers?.[0];
    writeStatus(pod.metadata.namespace ?? '', pod.metadata.name, c?.name, c?.image, {
      port: 0,
      ready: false,
      restartCount: pod.status.containerStatuses[0].restartCount ?? 0,
      waiting: { reason: 'ContainerCreating' },
    });
  }

  function writeStatus(namespace: string, name: string, container: string, image: string, state: ContainerState) {
    const pod = store.get(PODS, namespace, name);
    if (!pod) return;
    try {
      const status = podStatus(pod.status, container, image, state);
      const port = state.port > 0 ? String(state.port) : undefined;
      if (port && pod.metadata.annotations?.[POD_PORT_ANNOTATION] !== port) {
        // A new process on a new port: annotation and status in one write, one commit on the cold-start path.
        const annotations = { ...pod.metadata.annotations, [POD_PORT_ANNOTATION]: port };
        store.update(PODS, { ...pod, metadata: { ...pod.metadata, annotations }, status });
        return;
      }
      store.update(PODS, { ...pod, status }, { status: true });
    } catch (err) {
      if (store.get(PODS, namespace, name)) console.error(`[kubelet] status of pod ${namespace}/${name}:`, err);
    }
  }

  async function reconcile({ namespace, name }: { namespace: string; name: string }) {
    const key = `${namespace}/${name}`;
    const pod = store.get(PODS, namespace, name);
    const existing = procs.get(key);
    if (!pod || pod.metadata.deletionTimestamp) {
      if (existing) {
        procs.delete(key);
        await existing.stop();
      }
      return;
    }
    if (existing) return;
    const container = pod.spec?.containers?.[0];
    if (!container) return;
    const resolved = resolveEnv(store, namespace, name, container);
    if ('error' in resolved) {
      writeStatus(namespace, name, container.name, container.image, {
        port: 0,
        ready: false,
        restartCount: 0,
        waiting: { reason: 'CreateContainerConfigError', message: resolved.error },
      });
      return { requeueAfterMs: 5000 };
    }
    const local = resolveLocalImage(dataDir, container.image ?? '');
    if (local && 'error' in local) {
      // As a node reports a missing image: ErrImagePull first, then ImagePullBackOff while retrying.
      const before = pod.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      const reason = before === 'ErrImagePull' || before === 'ImagePullBackOff' ? 'ImagePullBackOff' : 'ErrImagePull';
      writeStatus(namespace, name, container.name, container.image, { port: 0, ready: false, restartCount: 0, waiting: { reason, message: local.error } });
      return { requeueAfterMs: 5000 };
    }
    const program = local?.program ?? programFor(container.image ?? '');
    const port = await freePort();
    if (!store.get(PODS, namespace, name) || procs.has(key)) return;
    const proc = new PodProcess(
      {
        namespace,
        podName: name,
        containerName: container.name,
        programPath: program.programPath,
        args: program.args,
        cwd: program.cwd,
        env: { ...baseEnv(), ...program.env, HOSTNAME: name, POD_NAME: name, POD_NAMESPACE: namespace, ...resolved.env },
        logFile: logFileFor(dataDir, namespace, name, container.name),
        pidFile: pidFileFor(dataDir, namespace, name),
        pool,
        onChange: (state) => writeStatus(namespace, name, container.name, container.image, state),
      },
      port,
      pod.status?.containerStatuses?.[0]?.restartCount ?? 0,
    );
    procs.set(key, proc);
    proc.start();
  }

  const controller: Controller = startController({ name: 'kubelet', store, gr: PODS, reconcile });

  return {
    async stop() {
      controller.stop();
      await Promise.all([...procs.values()].map((p) => p.stop(2000)));
      procs.clear();
    },
  };
}
