import { describe, expect, it } from 'vitest';
import { evalJsonPath } from './jsonpath';

const ksvc = {
  metadata: { labels: { 'serving.knative.dev/configuration': 'hello' } },
  status: {
    url: 'http://hello.default.localhost:8080',
    conditions: [
      { type: 'ConfigurationsReady', status: 'True' },
      { type: 'Ready', status: 'False', reason: 'RevisionFailed' },
    ],
    traffic: [{ percent: 90 }, { percent: 10 }],
  },
};

describe('printer column JSONPath', () => {
  it.each([
    ['.status.url', ['http://hello.default.localhost:8080']],
    ['.status.conditions[?(@.type=="Ready")].status', ['False']],
    [".status.conditions[?(@.type=='Ready')].reason", ['RevisionFailed']],
    [".metadata.labels['serving\\.knative\\.dev/configuration']", ['hello']],
    ['.status.traffic[*].percent', [90, 10]],
    ['.status.traffic[1].percent', [10]],
    ['{.status.url}', ['http://hello.default.localhost:8080']],
    ['.status.missing', []],
    ['.status.conditions[?(@.type!="Ready")].type', ['ConfigurationsReady']],
  ])('%s', (path, expected) => {
    expect(evalJsonPath(ksvc, path)).toEqual(expected);
  });
});
