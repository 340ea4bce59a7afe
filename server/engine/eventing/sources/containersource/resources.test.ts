import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../resources/types';
import { withBinding } from '../sinkbinding/inject';
import { validateContainerSource } from './admission';
import { makeDeployment, makeSinkBinding, reconcileDeploymentSpec } from './resources';

const source: KubeObject = {
  apiVersion: 'sources.knative.dev/v1',
  kind: 'ContainerSource',
  metadata: { name: 'beats', namespace: 'ns', uid: 'u1' },
  spec: {
    template: { spec: { containers: [{ name: 'hb', image: 'ghcr.io/knative/heartbeats:latest', args: ['--period=1'] }] } },
    sink: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } },
    ceOverrides: { extensions: { team: 'blue' } },
  },
};

describe('ContainerSource resources', () => {
  it('makes an owned Deployment NAME-deployment from the template', () => {
    const d = makeDeployment(source);
    expect(d.metadata.name).toBe('beats-deployment');
    expect(d.metadata.ownerReferences).toEqual([
      { apiVersion: 'sources.knative.dev/v1', kind: 'ContainerSource', name: 'beats', uid: 'u1', controller: true, blockOwnerDeletion: true },
    ]);
    expect(d.spec.selector.matchLabels).toEqual({ 'sources.knative.dev/containerSource': 'beats' });
    expect(d.spec.template.metadata.labels).toEqual({ 'sources.knative.dev/containerSource': 'beats' });
    expect(d.spec.template.spec.containers[0].image).toBe('ghcr.io/knative/heartbeats:latest');
  });

  it('makes an owned SinkBinding NAME-sinkbinding targeting that Deployment', () => {
    const b = makeSinkBinding(source);
    expect(b.metadata.name).toBe('beats-sinkbinding');
    expect(b.spec.subject).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'ns', name: 'beats-deployment' });
    expect(b.spec.sink).toEqual(source.spec.sink);
    expect(b.spec.ceOverrides).toEqual({ extensions: { team: 'blue' } });
  });

  it('leaves a Deployment alone when only the binding variables differ', () => {
    const desired = makeDeployment(source);
    const bound = withBinding(desired, { K_SINK: 'http://x', K_CE_OVERRIDES: '' });
    expect(reconcileDeploymentSpec(desired, bound)).toBeUndefined();
  });

  it('updates the template but keeps the injected variables', () => {
    const bound = withBinding(makeDeployment(source), { K_SINK: 'http://x', K_CE_OVERRIDES: '' });
    const changed = makeDeployment({ ...source, spec: { ...source.spec, template: { spec: { containers: [{ name: 'hb', image: 'other' }] } } } });
    const spec = reconcileDeploymentSpec(changed, bound);
    expect(spec.template.spec.containers[0].image).toBe('other');
    expect(spec.template.spec.containers[0].env).toEqual([
      { name: 'K_SINK', value: 'http://x' },
      { name: 'K_CE_OVERRIDES', value: '' },
    ]);
  });

  it('validates containers, names and images', () => {
    expect(validateContainerSource(source)).toEqual([]);
    const noImage = { ...source, spec: { ...source.spec, template: { spec: { containers: [{ name: 'x' }] } } } };
    expect(validateContainerSource(noImage).map((c) => c.field)).toEqual(['spec.template.spec.containers[0].image']);
    const none = { ...source, spec: { sink: source.spec.sink, template: { spec: {} } } };
    expect(validateContainerSource(none).map((c) => c.field)).toEqual(['spec.template.spec.containers']);
  });
});
