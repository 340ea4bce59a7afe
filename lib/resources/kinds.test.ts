import { describe, expect, it } from 'vitest';
import { collectionPath, isKindId, kindOf, kinds } from './kinds';
import { forBrowser } from './redact';
import { fromYaml, toYaml } from './yaml';
import type { KubeObject } from './types';

describe('kinds', () => {
  it('builds REST collection paths for grouped, core and cluster-scoped kinds', () => {
    expect(collectionPath(kinds.services, 'default')).toBe('/apis/serving.knative.dev/v1/namespaces/default/services');
    expect(collectionPath(kinds.pods, 'ns1')).toBe('/api/v1/namespaces/ns1/pods');
    expect(collectionPath(kinds.namespaces, 'ignored')).toBe('/api/v1/namespaces');
    expect(collectionPath(kinds.eventtypes, 'd')).toBe('/apis/eventing.knative.dev/v1beta2/namespaces/d/eventtypes');
  });
  it('resolves references to kinds by group and kind', () => {
    expect(kindOf('serving.knative.dev/v1', 'Service')?.id).toBe('services');
    expect(kindOf('v1', 'Service')).toBeUndefined(); // core Service is not a console kind
    expect(kindOf(undefined, 'Broker')?.id).toBe('brokers');
  });
  it('knows only its kind ids', () => {
    expect(isKindId('services')).toBe(true);
    expect(isKindId('toString')).toBe(false);
    expect(isKindId('sources')).toBe(false);
  });
  it('prints the ksvc columns kn prints', () => {
    expect(['Name', ...kinds.services.columns.map((c) => c.title)]).toEqual(['Name', 'URL', 'Latest revision', 'Age', 'Ready', 'Reason']);
    expect(['Name', ...kinds.revisions.columns.map((c) => c.title)]).toEqual(['Name', 'Service', 'Traffic', 'Tags', 'Generation', 'Age', 'Ready', 'Reason']);
    expect(['Name', ...kinds.triggers.columns.map((c) => c.title)]).toEqual(['Name', 'Broker', 'Sink', 'Age', 'Ready', 'Reason']);
  });
  it('computes a trigger row', () => {
    const t: KubeObject = {
      apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: 't', creationTimestamp: '2024-01-01T00:00:00Z' },
      spec: { broker: 'default', subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } } },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    };
    const ctx = { related: {}, now: Date.parse('2024-01-01T00:00:30Z') };
    expect(kinds.triggers.columns.map((c) => c.value(t, ctx))).toEqual(['default', 'ksvc:display', '30s', 'True', '']);
  });
});

describe('forBrowser', () => {
  it('never lets a secret value out, but keeps its keys', () => {
    const s: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"p":"c2VjcmV0"}}', keep: 'x' } }, data: { password: 'c2VjcmV0' }, stringData: { token: 'abc' } };
    const out = forBrowser(kinds.secrets, s);
    expect(JSON.stringify(out)).not.toContain('c2VjcmV0');
    expect(JSON.stringify(out)).not.toContain('abc');
    expect(Object.keys(out.data as object)).toEqual(['password']);
    expect(out.metadata.annotations).toEqual({ keep: 'x' });
  });
  it('fills in apiVersion and kind for list items and leaves other kinds alone', () => {
    const cm = { metadata: { name: 'c' }, data: { a: 'b' } } as unknown as KubeObject;
    expect(forBrowser(kinds.configmaps, cm)).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } });
  });
});

describe('yaml', () => {
  it('round-trips without managedFields', () => {
    const obj: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', managedFields: [{ manager: 'x' }] }, data: { a: '1' } };
    const text = toYaml(obj);
    expect(text).not.toContain('managedFields');
    expect(fromYaml(text)).toEqual({ ok: true, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } } });
  });
  it('explains what is wrong with bad input', () => {
    expect(fromYaml('a: [').ok).toBe(false);
    expect(fromYaml('- a')).toEqual({ ok: false, message: expect.stringContaining('single object') });
    expect(fromYaml('kind: X\nmetadata: {}')).toEqual({ ok: false, message: 'metadata.name is required.' });
  });
});
