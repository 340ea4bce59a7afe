import { describe, expect, it } from 'vitest';
import { describeGitFailure } from './git-errors';

describe('describeGitFailure', () => {
  const url = 'https://example.com/org/repo';
  it.each([
    ["fatal: unable to access 'https://nope.invalid/r/': Could not resolve host: nope.invalid\n", /host nope\.invalid could not be resolved/],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled\n", /asks for credentials/],
    ['remote: Repository not found.\nfatal: repository \'https://github.com/x/y/\' not found\n', /Repository not found/],
    ["fatal: '/tmp/nothing' does not appear to be a git repository\nfatal: Could not read from remote repository.\n", /Not a Git repository/],
    ["fatal: unable to access 'http://127.0.0.1:1/r/': Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server\n", /Cannot reach the repository: unable to access/],
    ['fatal: something odd\n', /Cannot read the repository: something odd/],
  ])('%s', (stderr, re) => expect(describeGitFailure(stderr, url)).toMatch(re));
});
