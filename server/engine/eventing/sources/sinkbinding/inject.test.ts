import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../resources/types';
import { validateSinkBinding } from './admission';
import { ceOverridesEnv, subjectMatches, withBinding, withoutBinding } from './inject';

const deployment = (name: string, labels: Record<string, string> = {}, env?: { name: string; value: string }[]): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'ns', labels },
  spec: {
    template: {
      spec: {
        initContainers: [{ name: 'init', image: 'busybox' }],
        containers: [
          { name: 'a', image: 'x', env: env ?? [{ name: 'KEEP', value: '1' }] },
          { name: 'b', image: 'y' },
        ],
      },
    },
  },
});

const vars = { K_SINK: 'http://sink.ns.svc.cluster.local', K_CE_OVERRIDES: '{"extensions":{"team":"blue"}}', K_INGRESS: '127.0.0.1:8080' };

describe('withBinding / withoutBinding', () => {
  it('appends K_SINK and K_CE_OVERRIDES to every container and init container, keeping other env', () => {
    const bound = withBinding(deployment('d'), vars);
    const pod = bound.spec.template.spec;
    expect(pod.containers[0].env).toEqual([
      { name: 'KEEP', value: '1' },
      { name: 'K_SINK', value: vars.K_SINK },
      { name: 'K_CE_OVERRIDES', value: vars.K_CE_OVERRIDES },
      { name: 'K_INGRESS', value: vars.K_INGRESS },
    ]);
    expect(pod.containers[1].env.map((e: { name: string }) => e.name)).toEqual(['K_SINK', 'K_CE_OVERRIDES', 'K_INGRESS']);
    expect(pod.initContainers[0].env.map((e: { name: string }) => e.name)).toEqual(['K_SINK', 'K_CE_OVERRIDES', 'K_INGRESS']);
  });

  it('replaces a previous binding instead of stacking (undo first)', () => {
    const twice = withBinding(withBinding(deployment('d'), { ...vars, K_SINK: 'http://old' }), vars);
    const env = twice.spec.template.spec.containers[0].env;
    expect(env.filter((e: { name: string }) => e.name === 'K_SINK')).toEqual([{ name: 'K_SINK', value: vars.K_SINK }]);
  });

  it('undoes exactly what it did', () => {
    const original = deployment('d');
    expect(withoutBinding(withBinding(original, vars))).toEqual(original);
  });

  it('does not mutate its input', () => {
    const original = deployment('d');
    const copy = structuredClone(original);
    withBinding(original, vars);
    expect(original).toEqual(copy);
  });

  it('works on a Knative Service template', () => {
    const ksvc: KubeObject = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 's' }, spec: { template: { spec: { containers: [{ image: 'x' }] } } } };
    expect(withBinding(ksvc, vars).spec.template.spec.containers[0].env[0]).toEqual({ name: 'K_SINK', value: vars.K_SINK });
  });

  it('K_CE_OVERRIDES is the overrides JSON, or empty', () => {
    expect(ceOverridesEnv({ extensions: { a: 'b' } })).toBe('{"extensions":{"a":"b"}}');
    expect(ceOverridesEnv(undefined)).toBe('');
  });
});

describe('subjectMatches', () => {
  const byName = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd' };
  const bySelector = { apiVersion: 'apps/v1', kind: 'Deployment', selector: { matchLabels: { app: 'x' } } };
  it('by name', () => {
    expect(subjectMatches(byName, deployment('d'))).toBe(true);
    expect(subjectMatches(byName, deployment('e'))).toBe(false);
  });
  it('by selector', () => {
    expect(subjectMatches(bySelector, deployment('d', { app: 'x' }))).toBe(true);
    expect(subjectMatches(bySelector, deployment('d', { app: 'y' }))).toBe(false);
  });
  it('by kind', () => {
    expect(subjectMatches({ ...byName, kind: 'StatefulSet' }, deployment('d'))).toBe(false);
  });
  it('skips objects labelled bindings.knative.dev/exclude=true', () => {
    expect(subjectMatches(byName, deployment('d', { 'bindings.knative.dev/exclude': 'true' }))).toBe(false);
    expect(subjectMatches(bySelector, deployment('d', { app: 'x', 'bindings.knative.dev/exclude': 'true' }))).toBe(false);
  });
});

describe('SinkBinding validation', () => {
  const sb = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'sources.knative.dev/v1', kind: 'SinkBinding', metadata: { name: 'b', namespace: 'ns' }, spec });
  const sink = { uri: 'http://example.com' };
  it('accepts a subject by name', () => {
    expect(validateSinkBinding(sb({ subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd' }, sink }))).toEqual([]);
  });
  it('wants exactly one of name and selector', () => {
    expect(validateSinkBinding(sb({ subject: { apiVersion: 'apps/v1', kind: 'Deployment' }, sink })).map((c) => c.message)).toEqual(['expected exactly one, got neither']);
    expect(
      validateSinkBinding(sb({ subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd', selector: { matchLabels: { a: 'b' } } }, sink })).map((c) => c.message),
    ).toEqual(['expected exactly one, got both']);
  });
  it('rejects a subject in another namespace', () => {
    expect(validateSinkBinding(sb({ subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd', namespace: 'other' }, sink })).map((c) => c.field)).toEqual(['spec.subject.namespace']);
  });
  it('needs a subject and a sink', () => {
    expect(validateSinkBinding(sb({})).map((c) => c.field)).toEqual(['spec.subject', 'spec.sink']);
  });
});
