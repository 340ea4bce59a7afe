import { ApiError } from '../errors';

/*
 * kubectl's typed commands (`kubectl create namespace|configmap|secret|serviceaccount`)
 * send Kubernetes protobuf, with no fallback to JSON. This reads that encoding
 * for those simple kinds: the `k8s\0` envelope (runtime.Unknown) and the
 * messages' field numbers from k8s.io/api's generated.proto.
 */

type FieldType = 'string' | 'bytes' | 'int64' | 'bool' | 'time' | 'stringMap' | 'bytesMap' | Schema;
interface Field {
  name: string;
  type: FieldType;
  repeated?: boolean;
}
type Schema = Record<number, Field>;

const ownerReference: Schema = {
  1: { name: 'kind', type: 'string' },
  3: { name: 'name', type: 'string' },
  4: { name: 'uid', type: 'string' },
  5: { name: 'apiVersion', type: 'string' },
  6: { name: 'controller', type: 'bool' },
  7: { name: 'blockOwnerDeletion', type: 'bool' },
};

const objectMeta: Schema = {
  1: { name: 'name', type: 'string' },
  2: { name: 'generateName', type: 'string' },
  3: { name: 'namespace', type: 'string' },
  5: { name: 'uid', type: 'string' },
  6: { name: 'resourceVersion', type: 'string' },
  7: { name: 'generation', type: 'int64' },
  8: { name: 'creationTimestamp', type: 'time' },
  11: { name: 'labels', type: 'stringMap' },
  12: { name: 'annotations', type: 'stringMap' },
  13: { name: 'ownerReferences', type: ownerReference, repeated: true },
  14: { name: 'finalizers', type: 'string', repeated: true },
};

const objectReference: Schema = {
  1: { name: 'kind', type: 'string' },
  2: { name: 'namespace', type: 'string' },
  3: { name: 'name', type: 'string' },
  4: { name: 'uid', type: 'string' },
  5: { name: 'apiVersion', type: 'string' },
};

/** Kinds readable from protobuf, by `apiVersion/kind`. */
const kinds: Record<string, Schema> = {
  'v1/Namespace': {
    1: { name: 'metadata', type: objectMeta },
    2: { name: 'spec', type: { 1: { name: 'finalizers', type: 'string', repeated: true } } },
  },
  'v1/ConfigMap': {
    1: { name: 'metadata', type: objectMeta },
    2: { name: 'data', type: 'stringMap' },
    3: { name: 'binaryData', type: 'bytesMap' },
    4: { name: 'immutable', type: 'bool' },
  },
  'v1/Secret': {
    1: { name: 'metadata', type: objectMeta },
    2: { name: 'data', type: 'bytesMap' },
    3: { name: 'type', type: 'string' },
    4: { name: 'stringData', type: 'stringMap' },
    5: { name: 'immutable', type: 'bool' },
  },
  'v1/ServiceAccount': {
    1: { name: 'metadata', type: objectMeta },
    2: { name: 'secrets', type: objectReference, repeated: true },
    3: { name: 'imagePullSecrets', type: { 1: { name: 'name', type: 'string' } }, repeated: true },
    4: { name: 'automountServiceAccountToken', type: 'bool' },
  },
};

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  get done() {
    return this.pos >= this.buf.length;
  }
  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const b = this.buf[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return result;
    }
  }
  bytes(): Buffer {
    const len = Number(this.varint());
    if (this.pos + len > this.buf.length) throw new Error('truncated field');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  skip(wireType: number) {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
}

/** Raw fields of one message: field number → list of (wire type, value). */
function fields(buf: Buffer): Map<number, { wire: number; value: bigint | Buffer }[]> {
  const r = new Reader(buf);
  const out = new Map<number, { wire: number; value: bigint | Buffer }[]>();
  while (!r.done) {
    const tag = Number(r.varint());
    const [no, wire] = [tag >>> 3, tag & 7];
    let value: bigint | Buffer;
    if (wire === 0) value = r.varint();
    else if (wire === 2) value = r.bytes();
    else {
      r.skip(wire);
      continue;
    }
    out.set(no, [...(out.get(no) ?? []), { wire, value }]);
  }
  return out;
}

function decodeValue(type: FieldType, value: bigint | Buffer): unknown {
  if (type === 'string') return (value as Buffer).toString('utf8');
  if (type === 'bytes') return (value as Buffer).toString('base64');
  if (type === 'int64') return Number(BigInt.asIntN(64, value as bigint));
  if (type === 'bool') return value !== 0n;
  if (type === 'time') {
    const t = fields(value as Buffer);
    const seconds = BigInt.asIntN(64, (t.get(1)?.[0]?.value as bigint | undefined) ?? 0n);
    return seconds <= 0n ? undefined : new Date(Number(seconds) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  }
  if (type === 'stringMap' || type === 'bytesMap') {
    const entry = fields(value as Buffer);
    const key = (entry.get(1)?.[0]?.value as Buffer | undefined)?.toString('utf8') ?? '';
    const v = (entry.get(2)?.[0]?.value as Buffer | undefined) ?? Buffer.alloc(0);
    return [key, type === 'stringMap' ? v.toString('utf8') : v.toString('base64')];
  }
  return decodeMessage(value as Buffer, type);
}

/** Go writes zero values (`""`, 0, year-1 times) that JSON would omit; so does this decoder. */
const isEmpty = (v: unknown) =>
  v === '' || v === 0 || v === undefined || (v !== null && typeof v === 'object' && Object.keys(v).length === 0);

function decodeMessage(buf: Buffer, schema: Schema): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [no, values] of fields(buf)) {
    const field = schema[no];
    if (!field) continue;
    let v: unknown;
    if (field.type === 'stringMap' || field.type === 'bytesMap') {
      v = Object.fromEntries(values.map((x) => decodeValue(field.type, x.value) as [string, string]));
    } else if (field.repeated) {
      v = values.map((x) => decodeValue(field.type, x.value));
    } else {
      v = decodeValue(field.type, values[values.length - 1].value);
    }
    if (!isEmpty(v)) obj[field.name] = v;
  }
  return obj;
}

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]); // "k8s\0"

/** Decodes a protobuf request body into the JSON object it stands for; 415 for kinds it cannot read. */
export function decodeKubernetesProtobuf(body: Buffer): Record<string, unknown> {
  if (body.length < 4 || !body.subarray(0, 4).equals(MAGIC)) {
    throw new ApiError(415, 'UnsupportedMediaType', 'the protobuf request body lacks the Kubernetes "k8s\\0" envelope');
  }
  let unknown: Record<string, unknown>;
  let raw: Buffer | undefined;
  try {
    unknown = decodeMessage(body.subarray(4), { 1: { name: 'typeMeta', type: { 1: { name: 'apiVersion', type: 'string' }, 2: { name: 'kind', type: 'string' } } } });
    raw = fields(body.subarray(4)).get(2)?.[0]?.value as Buffer | undefined;
  } catch (err) {
    throw new ApiError(400, 'BadRequest', `the protobuf request body is malformed: ${(err as Error).message}`);
  }
  const typeMeta = (unknown.typeMeta ?? {}) as { apiVersion?: string; kind?: string };
  const schema = kinds[`${typeMeta.apiVersion}/${typeMeta.kind}`];
  if (!schema || !raw) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the engine reads protobuf only for ${Object.keys(kinds).map((k) => k.split('/')[1]).join(', ')}; send ${typeMeta.kind ?? 'this object'} as JSON or YAML (e.g. \`kubectl create -f file.yaml\`)`,
    );
  }
  try {
    return { apiVersion: typeMeta.apiVersion, kind: typeMeta.kind, ...decodeMessage(raw, schema) };
  } catch (err) {
    throw new ApiError(400, 'BadRequest', `the protobuf ${typeMeta.kind} is malformed: ${(err as Error).message}`);
  }
}
