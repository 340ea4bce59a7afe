import 'server-only';
import { KubernetesObjectApi, PatchStrategy, type KubernetesObject } from '@kubernetes/client-node';
import type { ImportObject, ImportResult, ParsedDocument } from '@/lib/schemas/import-yaml';
import { loadKubeConfig } from './kubeconfig';
import { toStatus } from './status';

/**
 * Any kind the API server serves (found through discovery), with the form's namespace
 * as the default for namespaced objects that name none — as `kubectl -n NS` does.
 */
class ImportApi extends KubernetesObjectApi {
  inNamespace(namespace: string) {
    this.defaultNamespace = namespace;
    return this;
  }
}

const plain = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

function describeError(err: unknown): string {
  const status = toStatus(err);
  const causes = (status.details?.causes ?? []).map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const message = status.message || status.reason;
  return causes.length && !causes.every((c) => message.includes(c)) ? `${message} (${causes.join('; ')})` : message;
}

/**
 * Create, or — when it already exists — merge-patch the object (what `kubectl apply`
 * does for these kinds without a last-applied annotation diff): one result per object.
 */
async function applyOne(api: ImportApi, index: number, obj: ImportObject): Promise<ImportResult> {
  const kind = obj.kind;
  const row = (outcome: ImportResult['outcome'], message: string, result?: KubernetesObject): ImportResult => ({
    index,
    kind,
    name: result?.metadata?.name ?? obj.metadata.name ?? obj.metadata.generateName ?? '',
    namespace: result?.metadata?.namespace ?? obj.metadata.namespace,
    outcome,
    message,
  });
  try {
    const created = plain<KubernetesObject>(await api.create(structuredClone(obj) as KubernetesObject));
    return row('created', 'created', created);
  } catch (err) {
    const status = toStatus(err);
    if (status.reason !== 'AlreadyExists' || !obj.metadata.name) return row('error', describeError(err));
  }
  try {
    const before = plain<KubernetesObject>(await api.read({ apiVersion: obj.apiVersion, kind, metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace } }));
    const after = plain<KubernetesObject>(
      await api.patch(structuredClone(obj) as KubernetesObject, undefined, undefined, 'console-import-yaml', undefined, PatchStrategy.MergePatch),
    );
    const changed = after.metadata?.resourceVersion !== before.metadata?.resourceVersion;
    return row(changed ? 'updated' : 'unchanged', changed ? 'updated' : 'unchanged: it already matches', after);
  } catch (err) {
    return row('error', describeError(err));
  }
}

/** Applies the documents in order (a Namespace or ConfigMap before what uses it), each independently. */
export async function applyDocuments(namespace: string, docs: ParsedDocument[]): Promise<ImportResult[]> {
  const api = loadKubeConfig().kc.makeApiClient(ImportApi).inNamespace(namespace);
  const results: ImportResult[] = [];
  for (const doc of docs) {
    if ('error' in doc) {
      results.push({ index: doc.index, kind: doc.kind ?? '', name: doc.name ?? '', outcome: 'error', message: doc.error });
      continue;
    }
    results.push(await applyOne(api, doc.index, doc.object));
  }
  return results;
}
