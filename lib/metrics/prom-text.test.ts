import { describe, expect, it } from 'vitest';
import { parsePromText } from './prom-text';

describe('parsePromText', () => {
  it('reads samples with labels, skipping comments', () => {
    const text = [
      '# HELP autoscaler_desired_pods Number of pods autoscaler wants to allocate',
      '# TYPE autoscaler_desired_pods gauge',
      'autoscaler_desired_pods{namespace_name="default",revision_name="hello-00001"} 3',
      'process_start_time_seconds 1.7e9',
      '',
    ].join('\n');
    expect(parsePromText(text)).toEqual([
      { name: 'autoscaler_desired_pods', labels: { namespace_name: 'default', revision_name: 'hello-00001' }, value: 3 },
      { name: 'process_start_time_seconds', labels: {}, value: 1.7e9 },
    ]);
  });

  it('unescapes label values and reads +Inf, NaN and a trailing timestamp', () => {
    const [a, b, c] = parsePromText([
      'x_bucket{le="+Inf",msg="say \\"hi\\"\\nback\\\\slash",} 7 1700000000000',
      'y Nan',
      'z{a="1"} -Inf',
    ].join('\n'));
    expect(a.labels).toEqual({ le: '+Inf', msg: 'say "hi"\nback\\slash' });
    expect(a.value).toBe(7);
    expect(b.value).toBeNaN();
    expect(c.value).toBe(-Infinity);
  });

  it('keeps commas and braces inside quoted values', () => {
    expect(parsePromText('m{path="/a,b}c"} 1')[0].labels).toEqual({ path: '/a,b}c' });
  });

  it('names the line of a malformed sample', () => {
    expect(() => parsePromText('ok 1\nbroken{a="x} 2')).toThrow(/line 2/);
    expect(() => parsePromText('m{a="x"} twelve')).toThrow(/bad value/);
  });
});
