/**
 * What a failed `git ls-remote`/`git clone` means for the user, from git's
 * stderr: the last `fatal:` line, put in words the form can show at the URL.
 */
export function describeGitFailure(stderr: string, url: string): string {
  const fatal = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(fatal|error|ssh):/i.test(l) || /^[\w.-]+: /.test(l))
    .pop()
    ?.replace(/^(fatal|error):\s*/i, '');
  const text = stderr.toLowerCase();
  if (/could not resolve host|name or service not known|temporary failure in name resolution/.test(text)) {
    const host = /could not resolve host:?\s*([^\s']+)/i.exec(stderr)?.[1];
    return `Cannot reach the repository: the host ${host ?? 'name'} could not be resolved`;
  }
  if (/terminal prompts disabled|could not read username|authentication failed|permission denied \(publickey/.test(text)) {
    return `The repository ${url} asks for credentials: it is private or does not exist. Only public repositories can be imported.`;
  }
  if (/repository .* not found|not found|returned error: 404/.test(text)) return `Repository not found: ${url}`;
  if (/does not appear to be a git repository|not a git repository/.test(text)) return `Not a Git repository: ${url}`;
  if (/connection refused|couldn't connect|failed to connect|connection timed out|operation timed out|network is unreachable/.test(text)) {
    return `Cannot reach the repository: ${fatal ?? 'the connection failed'}`;
  }
  if (/transport '.*' not allowed/.test(text)) return `Refusing this transport: ${fatal}`;
  return `Cannot read the repository: ${fatal ?? (stderr.trim().split('\n').pop() || 'git failed')}`;
}
