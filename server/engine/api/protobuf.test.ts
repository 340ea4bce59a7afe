import { describe, expect, it } from 'vitest';
import { decodeKubernetesProtobuf } from './protobuf';

// Request bodies captured from kubectl v1.32 (`kubectl create namespace|configmap|secret … -n demo`).
const fromKubectl = {
  namespace: 'azhzAAoPCgJ2MRIJTmFtZXNwYWNlEhwKFAoEZGVtbxIAGgAiACoAMgA4AEIAEgAaAgoAGgAiAA==',
  configmap: 'azhzAAoPCgJ2MRIJQ29uZmlnTWFwEisKFwoDY2ZnEgAaBGRlbW8iACoAMgA4AEIAEgYKAWESATESCAoBYhIDdHdvGgAiAA==',
  secret: 'azhzAAoMCgJ2MRIGU2VjcmV0Ei8KFwoDc2VjEgAaBGRlbW8iACoAMgA4AEIAEhIKCHBhc3N3b3JkEgZzM2NyM3QaABoAIgA=',
};
const decode = (b64: string) => decodeKubernetesProtobuf(Buffer.from(b64, 'base64'));

describe('Kubernetes protobuf request bodies', () => {
  it('decodes what kubectl create sends, leaving out Go zero values', () => {
    expect(decode(fromKubectl.namespace)).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } });
    expect(decode(fromKubectl.configmap)).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'demo' }, data: { a: '1', b: 'two' } });
    expect(decode(fromKubectl.secret)).toEqual({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sec', namespace: 'demo' }, data: { password: Buffer.from('s3cr3t').toString('base64') } });
  });

  it('answers 415 naming the alternative for kinds it cannot read, and for a body without the envelope', () => {
    const deployment = Buffer.concat([Buffer.from('k8s\0'), Buffer.from([0x0a, 0x15, 0x0a, 0x07, ...Buffer.from('apps/v1'), 0x12, 0x0a, ...Buffer.from('Deployment')])]);
    expect(() => decodeKubernetesProtobuf(deployment)).toThrow(/send Deployment as JSON or YAML/);
    expect(() => decodeKubernetesProtobuf(Buffer.from('{}'))).toThrow(expect.objectContaining({ code: 415 }));
  });
});
