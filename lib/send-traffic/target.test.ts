import { describe, expect, it } from 'vitest';
import { loadTarget } from './target';

describe('loadTarget', () => {
  it('sends an engine app URL to loopback with the name as Host', () => {
    expect(loadTarget('http://hello.default.localhost:8080')).toEqual({ origin: 'http://127.0.0.1:8080', host: 'hello.default.localhost:8080' });
    expect(loadTarget('http://hello.default.localhost')).toEqual({ origin: 'http://127.0.0.1:80', host: 'hello.default.localhost' });
  });
  it('uses a cluster route URL as it is', () => {
    expect(loadTarget('https://hello.default.example.com')).toEqual({ origin: 'https://hello.default.example.com' });
  });
  it('refuses what is not http(s)', () => {
    expect(() => loadTarget('ftp://x.localhost')).toThrow(/scheme/);
  });
});
