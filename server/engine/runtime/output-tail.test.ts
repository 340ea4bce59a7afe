import { describe, expect, it } from 'vitest';
import { OutputTail } from './output-tail';

describe('OutputTail', () => {
  it('keeps the last bytes across chunks', () => {
    const t = new OutputTail(8);
    for (const s of ['hello ', 'wide ', 'world\n']) t.push(Buffer.from(s));
    expect(t.text()).toBe('e world\n');
  });

  it('keeps everything while under the limit', () => {
    const t = new OutputTail(100);
    t.push(Buffer.from('a\n'));
    t.push(Buffer.from('b\n'));
    expect(t.text()).toBe('a\nb\n');
  });
});
