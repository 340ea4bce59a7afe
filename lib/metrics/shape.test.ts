import { describe, expect, it } from 'vitest';
import { parsePromText } from './prom-text';
import { shapeFrame, type Scrape } from './shape';

const L = (rev: string, extra = '') => `namespace_name="default",service_name="hello",configuration_name="hello",revision_name="${rev}"${extra}`;

function scrape(t: number, lines: string[]): Scrape {
  return { t, samples: parsePromText(lines.join('\n')) };
}

const gauges = (rev: string, desired: number, actual: number, panic = 0) => [
  `autoscaler_desired_pods{${L(rev)}} ${desired}`,
  `autoscaler_actual_pods{${L(rev)}} ${actual}`,
  `autoscaler_stable_request_concurrency{${L(rev)}} 12.5`,
  `autoscaler_panic_request_concurrency{${L(rev)}} 30`,
  `autoscaler_target_concurrency_per_pod{${L(rev)}} 7`,
  `autoscaler_panic_mode{${L(rev)}} ${panic}`,
];

const traffic = (rev: string, ok: number, bad: number, under100: number, under500: number) => [
  `revision_request_count{${L(rev, ',response_code="200",response_code_class="2xx"')}} ${ok}`,
  `revision_request_count{${L(rev, ',response_code="503",response_code_class="5xx"')}} ${bad}`,
  `revision_request_latencies_bucket{${L(rev, ',response_code="200",response_code_class="2xx",le="100"')}} ${under100}`,
  `revision_request_latencies_bucket{${L(rev, ',response_code="200",response_code_class="2xx",le="500"')}} ${under500}`,
  `revision_request_latencies_bucket{${L(rev, ',response_code="200",response_code_class="2xx",le="+Inf"')}} ${under500}`,
];

describe('shapeFrame', () => {
  it('reads the autoscaler gauges per revision, stamped with the scrape time', () => {
    const f = shapeFrame(scrape(5_000, gauges('hello-00001', 4, 2, 1)));
    expect(f.t).toBe(5_000);
    expect(f.revisions).toEqual([{
      key: 'default/hello-00001',
      ref: { namespace: 'default', service: 'hello', configuration: 'hello', revision: 'hello-00001' },
      point: { t: 5_000, desired: 4, actual: 2, stable: 12.5, panic: 30, target: 7, panicMode: true },
    }]);
    expect(f.services[0].point).toEqual({ t: 5_000, desired: 4, actual: 2 });
  });

  it('computes requests/s by class and latency percentiles from the increase since the base scrape', () => {
    const base = scrape(1_000, [...gauges('hello-00001', 1, 1), ...traffic('hello-00001', 100, 0, 10, 10)]);
    // 2 s later: 200 more 2xx (100 of them ≤ 100 ms, 100 in (100, 500]) and 10 more 5xx.
    const cur = scrape(3_000, [...gauges('hello-00001', 3, 1), ...traffic('hello-00001', 300, 10, 110, 210)]);
    const p = shapeFrame(cur, base).revisions[0].point;
    expect(p.rps).toEqual({ '2xx': 100, '5xx': 5 });
    expect(p.p50).toBe(100);
    expect(p.p95).toBe(460);
    expect(p.p99).toBe(492);
  });

  it('sums a service over its revisions and merges their histograms', () => {
    const base = scrape(0, [...traffic('hello-00001', 0, 0, 0, 0), ...traffic('hello-00002', 0, 0, 0, 0)]);
    const cur = scrape(1_000, [
      ...gauges('hello-00001', 2, 2), ...gauges('hello-00002', 3, 1),
      ...traffic('hello-00001', 50, 0, 50, 50), ...traffic('hello-00002', 50, 0, 0, 50),
    ]);
    const s = shapeFrame(cur, base).services;
    expect(s).toHaveLength(1);
    expect(s[0].point).toMatchObject({ desired: 5, actual: 3, rps: { '2xx': 100 }, p50: 100 });
  });

  it('leaves rates out without a base, rather than reporting zero', () => {
    const p = shapeFrame(scrape(1, traffic('hello-00001', 5, 0, 5, 5))).revisions;
    expect(p).toEqual([]);
  });

  it('reports event rates per broker and deliveries per trigger', () => {
    const lines = (ok: number, bad: number, delivered: number, failed: number, dead: number) => [
      `event_count{namespace_name="default",broker_name="default",event_type="dev.x",response_code="202",response_code_class="2xx"} ${ok}`,
      `event_count{namespace_name="default",broker_name="default",event_type="dev.x",response_code="400",response_code_class="4xx"} ${bad}`,
      `eventing_deliveries_total{namespace_name="default",kind="trigger",name="t1",parent="default",outcome="delivered"} ${delivered}`,
      `eventing_deliveries_total{namespace_name="default",kind="trigger",name="t1",parent="default",outcome="failed"} ${failed}`,
      `eventing_deliveries_total{namespace_name="default",kind="trigger",name="t1",parent="default",outcome="dead_lettered"} ${dead}`,
      `eventing_deliveries_total{namespace_name="default",kind="trigger",name="t1",parent="default",outcome="retried"} 99`,
    ];
    const f = shapeFrame(scrape(2_000, lines(30, 4, 20, 2, 6)), scrape(0, lines(10, 0, 0, 0, 0)));
    const byKey = Object.fromEntries(f.flows.map((x) => [x.key, x]));
    expect(byKey['default/broker/default'].point).toEqual({ t: 2_000, received: 10, rejected: 2 });
    expect(byKey['default/trigger/t1']).toMatchObject({ ref: { kind: 'trigger', name: 't1', parent: 'default' }, point: { delivered: 10, failed: 1, deadLettered: 3 } });
  });
});
