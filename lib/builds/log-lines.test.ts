import { describe, expect, it } from 'vitest';
import { isProgressUpdate } from './log-lines';

describe('isProgressUpdate', () => {
  it.each([
    ['Receiving objects:  40% (2/5)', true],
    ['remote: Counting objects:  20% (1/5)', true],
    ['Receiving objects: 100% (5/5), done.', false],
    ['Resolving deltas: 100% (3/3), done.', false],
    ['Cloning into \'checkout\'...', false],
    ['added 57 packages in 3s (50% cached)', false],
  ])('%s', (line, expected) => expect(isProgressUpdate(line)).toBe(expected));
});
