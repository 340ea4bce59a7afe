import { describe, expect, it } from 'vitest';
import { importYamlSchema, parseDocuments } from './import-yaml';

describe('parseDocuments', () => {
  it('returns one entry per non-empty document, errors in place', () => {
    const docs = parseDocuments(`apiVersion: v1
kind: ConfigMap
metadata: {name: a}
---
---
kind: Broker
metadata: {name: b}
---
apiVersion: v1
kind: ConfigMap
metadata: [oops
---
- 1
`);
    expect(docs.map((d) => ('error' in d ? [d.index, d.error] : [d.index, d.object.kind]))).toEqual([
      [1, 'ConfigMap'],
      [3, 'missing apiVersion'],
      [4, expect.stringMatching(/^YAML syntax error/)],
      [5, expect.stringMatching(/not a Kubernetes object/)],
    ]);
  });

  it('requires some YAML', () => {
    expect(importYamlSchema.safeParse({ namespace: 'ns', yaml: '  ' }).error!.issues[0]).toMatchObject({ path: ['yaml'], message: expect.stringMatching(/Paste or drop/) });
    expect(importYamlSchema.safeParse({ namespace: 'ns', yaml: '---\n---\n' }).error!.issues[0].message).toMatch(/every document is empty/);
  });
});
