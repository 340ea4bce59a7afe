import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../resources/types';
import { matchesSelector } from '../label-selector';
import { apiServerSourceAdmission, validateApiServerSource } from './admission';
import { apiServerEventType, makeApiServerEvent } from './events';

const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'ns', uid: 'u' }, data: { a: 'b' } };

describe('ApiServerSource events', () => {
  it('names types after mode and change', () => {
    expect(apiServerEventType('Reference', 'ADDED')).toBe('dev.knative.apiserver.ref.add');
    expect(apiServerEventType('Reference', 'MODIFIED')).toBe('dev.knative.apiserver.ref.update');
    expect(apiServerEventType('Resource', 'DELETED')).toBe('dev.knative.apiserver.resource.delete');
  });

  it('Reference mode: an ObjectReference as data, identity in extensions', () => {
    const e = makeApiServerEvent({ mode: 'Reference', change: 'ADDED', object: cm, plural: 'configmaps', apiUrl: 'http://127.0.0.1:6443' });
    expect(e.attrs).toMatchObject({
      type: 'dev.knative.apiserver.ref.add',
      source: 'http://127.0.0.1:6443',
      subject: '/apis/v1/namespaces/ns/configmaps/cfg',
      kind: 'ConfigMap',
      apiversion: 'v1',
      name: 'cfg',
      namespace: 'ns',
      datacontenttype: 'application/json',
    });
    expect(JSON.parse(e.data!.toString())).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', name: 'cfg', namespace: 'ns' });
  });

  it('Resource mode: the whole object as data', () => {
    const e = makeApiServerEvent({ mode: 'Resource', change: 'MODIFIED', object: cm, plural: 'configmaps', apiUrl: 'http://x' });
    expect(e.attrs.type).toBe('dev.knative.apiserver.resource.update');
    expect(JSON.parse(e.data!.toString())).toEqual(cm);
  });

  it('group kinds keep their group in the subject', () => {
    const d: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'ns' } };
    expect(makeApiServerEvent({ mode: 'Reference', change: 'ADDED', object: d, plural: 'deployments', apiUrl: 'http://x' }).attrs.subject).toBe(
      '/apis/apps/v1/namespaces/ns/deployments/d',
    );
  });
});

describe('ApiServerSource admission', () => {
  const src = (spec: Record<string, unknown>): KubeObject => ({
    apiVersion: 'sources.knative.dev/v1',
    kind: 'ApiServerSource',
    metadata: { name: 's', namespace: 'ns' },
    spec: { sink: { uri: 'http://x' }, resources: [{ apiVersion: 'v1', kind: 'ConfigMap' }], ...spec },
  });
  it('defaults mode to Reference and the service account to default', () => {
    const obj = src({});
    apiServerSourceAdmission.default!(obj);
    expect(obj.spec).toMatchObject({ mode: 'Reference', serviceAccountName: 'default' });
  });
  it('validates mode, resources and owner', () => {
    expect(validateApiServerSource(src({ mode: 'Resource' }))).toEqual([]);
    expect(validateApiServerSource(src({ mode: 'Everything' })).map((c) => c.field)).toEqual(['spec.mode']);
    expect(validateApiServerSource(src({ mode: 'Reference', resources: [] })).map((c) => c.field)).toEqual(['spec.resources']);
    expect(validateApiServerSource(src({ mode: 'Reference', resources: [{ apiVersion: 'not a version', kind: '' }] })).map((c) => c.field)).toEqual([
      'spec.resources[0].apiVersion',
      'spec.resources[0].kind',
    ]);
    expect(validateApiServerSource(src({ mode: 'Reference', owner: { apiVersion: 'apps/v1' } })).map((c) => c.field)).toEqual(['spec.owner.kind']);
  });
  it('refuses filters, whose feature is disabled by default', () => {
    expect(validateApiServerSource(src({ mode: 'Reference', filters: [{ exact: { type: 'x' } }] })).map((c) => c.message)).toEqual([
      'Filters is not empty but the NewAPIServerFilters feature is disabled.',
    ]);
  });
});

describe('matchesSelector', () => {
  const labels = { app: 'x', tier: 'web' };
  const cases: [Parameters<typeof matchesSelector>[0], boolean][] = [
    [undefined, true],
    [{}, true],
    [{ matchLabels: { app: 'x' } }, true],
    [{ matchLabels: { app: 'y' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchLabels: { app: 'x' }, matchExpressions: [{ key: 'env', operator: 'Exists' }] }, false],
  ];
  for (const [sel, want] of cases) it(JSON.stringify(sel ?? null), () => expect(matchesSelector(sel, labels)).toBe(want));
});
