import { describe, expect, it } from 'vitest';
import { findType } from '../resources';
import type { KubeObject } from '../resources/types';
import { builtinDefaults, checkKind, metadataCauses, prepareForCreate } from './admission';

const ksvcType = findType('serving.knative.dev', 'services')!;
const cmType = findType('', 'configmaps')!;
const nsType = findType('', 'namespaces')!;
const obj = (name: string, extra: Partial<KubeObject['metadata']> = {}) =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ...extra } }) as KubeObject;

describe('metadata admission', () => {
  it('rejects Bad_Name with the message kube-apiserver gives', () => {
    expect(metadataCauses(cmType, obj('Bad_Name'))).toEqual([
      {
        field: 'metadata.name',
        message: expect.stringMatching(/^Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters/),
      },
    ]);
  });

  it('holds Knative Services to DNS-1035 labels and namespaces to RFC 1123 labels', () => {
    expect(metadataCauses(ksvcType, obj('1hello'))[0].message).toMatch(/DNS-1035 label/);
    expect(metadataCauses(ksvcType, obj('a.b'))[0].message).toMatch(/DNS-1035 label/);
    expect(metadataCauses(cmType, obj('a.b'))).toEqual([]);
    expect(metadataCauses(nsType, { ...obj('a.b'), metadata: { name: 'a.b' } })[0].message).toMatch(/RFC 1123 label/);
    expect(metadataCauses(ksvcType, obj('x'.repeat(64)))[0].message).toMatch(/no more than 63 characters/);
  });

  it('requires a name, and valid label keys and values', () => {
    expect(metadataCauses(cmType, obj(''))[0]).toMatchObject({ field: 'metadata.name', reason: 'FieldValueRequired' });
    const causes = metadataCauses(cmType, obj('ok', { labels: { 'bad key': 'v', good: 'bad value' } }));
    expect(causes.map((c) => c.field)).toEqual(['metadata.labels', 'metadata.labels']);
  });

  it('refuses a changed uid on update', () => {
    const old = obj('ok', { uid: 'u1' });
    expect(metadataCauses(cmType, obj('ok', { uid: 'u2' }), old)[0]).toMatchObject({ field: 'metadata.uid' });
  });
});

describe('create preparation', () => {
  it('fills apiVersion/kind, clears server fields and status, and generates names', () => {
    const o = checkKind(ksvcType, { metadata: { generateName: 'hello-', uid: 'x', resourceVersion: '9' }, status: { url: 'u' } });
    prepareForCreate(ksvcType, o);
    expect(o.apiVersion).toBe('serving.knative.dev/v1');
    expect(o.kind).toBe('Service');
    expect(o.metadata.name).toMatch(/^hello-[a-z0-9]{5}$/);
    expect(o.metadata.uid).toBeUndefined();
    expect(o.metadata.resourceVersion).toBeUndefined();
    expect(o.status).toBeUndefined();
  });

  it('refuses a body of another kind', () => {
    expect(() => checkKind(ksvcType, { kind: 'Broker', metadata: { name: 'x' } })).toThrow(expect.objectContaining({ code: 400 }));
  });
});

describe('built-in defaults', () => {
  it('labels namespaces with their name and turns secret stringData into data', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } } as KubeObject;
    builtinDefaults(nsType, ns);
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'demo' });
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'YQ==' }, stringData: { b: 'b' } } as KubeObject;
    builtinDefaults(findType('', 'secrets')!, secret);
    expect(secret).toMatchObject({ type: 'Opaque', data: { a: 'YQ==', b: 'Yg==' } });
    expect(secret.stringData).toBeUndefined();
  });
});
