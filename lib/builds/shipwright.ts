/** Shipwright (shipwright.io/v1beta1) objects for Import from Git on a real cluster. */
export const SHIPWRIGHT = { group: 'shipwright.io', version: 'v1beta1' } as const;

export interface ShipwrightSource {
  namespace: string;
  name: string;
  url: string;
  revision: string;
  contextDir: string;
  outputImage: string;
  strategy: string;
}

/** A Build: the repository, a buildpacks ClusterBuildStrategy and where the image goes. */
export function shipwrightBuild(s: ShipwrightSource) {
  return {
    apiVersion: `${SHIPWRIGHT.group}/${SHIPWRIGHT.version}`,
    kind: 'Build',
    metadata: { name: s.name, namespace: s.namespace, labels: { 'app.kubernetes.io/managed-by': 'serverless-console', 'serving.knative.dev/service': s.name } },
    spec: {
      source: { type: 'Git', git: { url: s.url, ...(s.revision ? { revision: s.revision } : {}) }, ...(s.contextDir ? { contextDir: s.contextDir } : {}) },
      strategy: { kind: 'ClusterBuildStrategy', name: s.strategy },
      output: { image: s.outputImage },
    },
  };
}

export function shipwrightBuildRun(namespace: string, build: string) {
  return {
    apiVersion: `${SHIPWRIGHT.group}/${SHIPWRIGHT.version}`,
    kind: 'BuildRun',
    metadata: { generateName: `${build}-`, namespace, labels: { 'build.shipwright.io/name': build } },
    spec: { build: { name: build } },
  };
}

type Cond = { type: string; status: string; reason?: string; message?: string };

/** A BuildRun's outcome: running, failed (with Shipwright's reason) or the pushed image (by digest when known). */
export function buildRunOutcome(run: { status?: { conditions?: Cond[]; output?: { digest?: string } } }, outputImage: string):
  | { done: false; message?: string }
  | { done: true; ok: true; image: string }
  | { done: true; ok: false; message: string } {
  const c = run.status?.conditions?.find((x) => x.type === 'Succeeded');
  if (!c || c.status === 'Unknown') return { done: false, message: c?.message || c?.reason };
  if (c.status === 'False') return { done: true, ok: false, message: `${c.reason ?? 'Failed'}${c.message ? `: ${c.message}` : ''}` };
  const digest = run.status?.output?.digest;
  return { done: true, ok: true, image: digest ? `${outputImage.split('@')[0]}@${digest}` : outputImage };
}

/** The buildpacks strategy to use among the cluster's ClusterBuildStrategies. */
export function pickBuildpacksStrategy(names: string[]): string | undefined {
  return names.find((n) => n === 'buildpacks-v3') ?? names.find((n) => n.startsWith('buildpacks'));
}
