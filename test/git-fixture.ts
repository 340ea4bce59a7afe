import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

/** A tiny Node.js HTTP app with no dependencies that answers with its own commit. */
export function writeHelloApp(dir: string, greeting = 'Hello from git') {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'hello-git', version: '1.0.0', private: true, scripts: { start: 'node server.js' } }, null, 2));
  writeFileSync(
    path.join(dir, 'server.js'),
    [
      "const http = require('node:http');",
      "const commit = require('node:fs').readFileSync(require('node:path').join(__dirname, 'COMMIT'), 'utf8').trim();",
      `http.createServer((req, res) => res.end(\`${greeting} \${commit}\\n\`)).listen(Number(process.env.PORT), () => console.log('listening on', process.env.PORT));`,
      '',
    ].join('\n'),
  );
}

/** Commits everything; the app's COMMIT file names the commit before it (what the test expects back). */
export function commitAll(dir: string, message: string): string {
  writeFileSync(path.join(dir, 'COMMIT'), `${message}\n`);
  run(dir, 'add', '-A');
  run(dir, 'commit', '-q', '-m', message);
  return run(dir, 'rev-parse', 'HEAD');
}

/** A local repository holding the hello app on `main`, plus an empty repository beside it. */
export function createHelloRepos(root = mkdtempSync(path.join(os.tmpdir(), 'git-import-'))) {
  const repo = path.join(root, 'hello-node');
  mkdirSync(repo, { recursive: true });
  run(repo, 'init', '-q');
  writeHelloApp(repo);
  const first = commitAll(repo, 'v1');
  const empty = path.join(root, 'empty-repo');
  mkdirSync(empty);
  run(empty, 'init', '-q');
  return { root, repo, empty, first, commit: (message: string) => commitAll(repo, message), git: (...args: string[]) => run(repo, ...args) };
}
