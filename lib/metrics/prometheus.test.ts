import { describe, expect, it } from 'vitest';
import { framesFromMatrices, rangeQueries } from './prometheus';

describe('rangeQueries', () => {
  it('asks for Knative metric names, scoped to the namespaces in view', () => {
    const qs = rangeQueries(['default', 'team']);
    expect(qs.find((q) => q.target === 'revision' && q.field === 'desired')!.promql).toBe(
      'max by (namespace_name, service_name, configuration_name, revision_name) (autoscaler_desired_pods{namespace_name=~"default|team"})',
    );
    expect(qs.find((q) => q.target === 'service' && q.field === 'p95')!.promql).toContain('histogram_quantile(0.95, sum by (namespace_name, service_name, le) (rate(revision_request_latencies_bucket');
  });
});

describe('framesFromMatrices', () => {
  const qs = rangeQueries(['default']);
  const q = (target: string, field: string) => qs.find((x) => x.target === target && x.field === field)!;
  const rev = { namespace_name: 'default', service_name: 'hello', configuration_name: 'hello', revision_name: 'hello-00001' };

  it('groups every query by timestamp into frames, oldest first', () => {
    const frames = framesFromMatrices([
      { query: q('revision', 'desired'), result: [{ metric: rev, values: [[20, '3'], [10, '1']] }] },
      { query: q('revision', 'panicMode'), result: [{ metric: rev, values: [[10, '1']] }] },
      { query: q('revision', 'rps'), result: [{ metric: { ...rev, response_code_class: '2xx' }, values: [[10, '12.3456']] }] },
      { query: q('service', 'p99'), result: [{ metric: { namespace_name: 'default', service_name: 'hello' }, values: [[20, 'NaN'], [10, '250']] }] },
      { query: q('trigger', 'events'), result: [{ metric: { namespace_name: 'default', broker_name: 'default', trigger_name: 't', response_code_class: '5xx' }, values: [[20, '0.5']] }] },
    ]);
    expect(frames.map((f) => f.t)).toEqual([10_000, 20_000]);
    expect(frames[0].revisions[0].point).toEqual({ t: 10_000, desired: 1, panicMode: true, rps: { '2xx': 12.346 } });
    expect(frames[0].services[0].point).toEqual({ t: 10_000, p99: 250 });
    expect(frames[1].services).toEqual([]);
    expect(frames[1].flows[0]).toEqual({ key: 'default/trigger/t', ref: { namespace: 'default', kind: 'trigger', name: 't', parent: 'default' }, point: { t: 20_000, failed: 0.5 } });
  });
});
