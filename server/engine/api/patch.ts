import { ApiError, badRequest } from '../errors';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386 JSON merge patch: objects merge, `null` deletes, everything else (arrays too) replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v) as Json;
  }
  return out;
}

/**
 * List merge keys of the built-in kinds kubectl sends strategic merge patches
 * for (pods, deployments, configmaps…): with these, a list is merged element by
 * element instead of replaced, so `kubectl apply` changing one container's image
 * keeps its ports and env.
 */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  ownerReferences: 'uid',
  conditions: 'type',
  tolerations: 'key',
  hostAliases: 'ip',
};

/**
 * Strategic merge patch, reduced to what clients send for the engine's kinds:
 * merge-patch semantics, lists with a known merge key merged by that key,
 * `$patch: replace|delete` honoured and the other directives
 * (`$setElementOrder/…`, `$retainKeys`, `$deleteFromPrimitiveList/…`) applied or dropped.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const rest = { ...patch };
    delete rest.$patch;
    return stripDirectives(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const drop = new Set((Array.isArray(v) ? v : []).map((x) => JSON.stringify(x)));
      const cur = out[field];
      if (Array.isArray(cur)) out[field] = cur.filter((x) => !drop.has(JSON.stringify(x)));
      continue;
    }
    if (v === null) {
      delete out[k];
    } else if (Array.isArray(v) && MERGE_KEYS[k] && v.every(isObject)) {
      const order = patch[`$setElementOrder/${k}`];
      out[k] = mergeList(out[k], v as JsonObject[], MERGE_KEYS[k], Array.isArray(order) ? order : undefined);
    } else {
      const merged = strategicMergePatch(out[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged as Json;
    }
  }
  return out;
}

function mergeList(target: Json | undefined, patch: JsonObject[], key: string, order?: Json[]): Json[] {
  const current = Array.isArray(target) ? target.filter(isObject) : [];
  if (patch.some((p) => p.$patch === 'replace')) return patch.filter((p) => p.$patch !== 'replace').map(stripDirectives);
  const result = current.map((c) => ({ ...c }));
  for (const p of patch) {
    const i = result.findIndex((c) => JSON.stringify(c[key]) === JSON.stringify(p[key]));
    if (p.$patch === 'delete') {
      if (i >= 0) result.splice(i, 1);
    } else if (i >= 0) {
      result[i] = strategicMergePatch(result[i], p) as JsonObject;
    } else {
      result.push(stripDirectives(p) as JsonObject);
    }
  }
  if (!order) return result;
  const rank = (o: JsonObject) => {
    const r = order.findIndex((x) => isObject(x) && JSON.stringify(x[key]) === JSON.stringify(o[key]));
    return r < 0 ? order.length : r;
  };
  return result.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
}

function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

/** 422, as kube-apiserver answers a JSON patch that does not apply to the object. */
const unprocessable = (message: string) => new ApiError(422, 'Invalid', message);

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw badRequest(`invalid JSON pointer "${pointer}": must start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(arr: unknown[], seg: string, pointer: string, forAdd: boolean): number {
  if (forAdd && seg === '-') return arr.length;
  if (!/^(0|[1-9][0-9]*)$/.test(seg)) throw unprocessable(`invalid array index "${seg}" in path "${pointer}"`);
  const i = Number(seg);
  if (i > arr.length || (!forAdd && i === arr.length)) {
    throw unprocessable(`array index ${i} out of bounds in path "${pointer}"`);
  }
  return i;
}

/** The container of the pointer's last segment, and that segment. */
function locate(doc: unknown, pointer: string): { parent: unknown; last: string } {
  const segs = parsePointer(pointer);
  if (segs.length === 0) throw unprocessable(`path "${pointer}" cannot address the whole document here`);
  let cur: unknown = doc;
  for (const seg of segs.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[arrayIndex(cur, seg, pointer, false)];
    else if (isObject(cur) && Object.hasOwn(cur, seg)) cur = cur[seg];
    else throw unprocessable(`path "${pointer}" does not exist: missing "${seg}"`);
  }
  if (!Array.isArray(cur) && !isObject(cur)) throw unprocessable(`path "${pointer}" does not exist`);
  return { parent: cur, last: segs[segs.length - 1] };
}

function getAt(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  const { parent, last } = locate(doc, pointer);
  if (Array.isArray(parent)) return parent[arrayIndex(parent, last, pointer, false)];
  const obj = parent as JsonObject;
  if (!Object.hasOwn(obj, last)) throw unprocessable(`path "${pointer}" does not exist`);
  return obj[last];
}

function addAt(doc: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const { parent, last } = locate(doc, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, pointer, true), 0, value);
  else (parent as Record<string, unknown>)[last] = value;
  return doc;
}

function removeAt(doc: unknown, pointer: string): unknown {
  const { parent, last } = locate(doc, pointer);
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, last, pointer, false), 1);
  } else {
    const obj = parent as JsonObject;
    if (!Object.hasOwn(obj, last)) throw unprocessable(`unable to remove nonexistent key "${last}": path "${pointer}" does not exist`);
    delete obj[last];
  }
  return doc;
}

/** RFC 6902 JSON patch (add, remove, replace, move, copy, test); the input is not modified. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('a JSON patch must be an array of operations');
  let doc = structuredClone(target);
  for (const raw of ops as JsonPatchOp[]) {
    if (!isObject(raw) || typeof raw.path !== 'string') throw badRequest(`invalid JSON patch operation ${JSON.stringify(raw)}`);
    switch (raw.op) {
      case 'add':
        doc = addAt(doc, raw.path, structuredClone(raw.value));
        break;
      case 'remove':
        doc = removeAt(doc, raw.path);
        break;
      case 'replace':
        getAt(doc, raw.path);
        doc = raw.path === '' ? structuredClone(raw.value) : addAt(removeAt(doc, raw.path), raw.path, structuredClone(raw.value));
        break;
      case 'move': {
        const v = getAt(doc, requireFrom(raw));
        doc = addAt(removeAt(doc, raw.from!), raw.path, v);
        break;
      }
      case 'copy':
        doc = addAt(doc, raw.path, structuredClone(getAt(doc, requireFrom(raw))));
        break;
      case 'test':
        if (!deepEqual(getAt(doc, raw.path), raw.value)) {
          throw unprocessable(`the test operation failed: value at "${raw.path}" is ${JSON.stringify(getAt(doc, raw.path))}, not ${JSON.stringify(raw.value)}`);
        }
        break;
      default:
        throw badRequest(`unknown JSON patch operation "${String((raw as { op: unknown }).op)}"`);
    }
  }
  return doc;
}

function requireFrom(op: JsonPatchOp): string {
  if (typeof op.from !== 'string') throw badRequest(`JSON patch operation "${op.op}" needs "from"`);
  return op.from;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
