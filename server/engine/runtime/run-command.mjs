// The program of a pod whose image is a command rather than a Node.js module
// (an app built by Import from Git: `npm start`, `python3 app.py`). Loaded by
// bootstrap.mjs like any program; argv[2..] is the command, the cwd and env are
// the pod's. It stays the pod's process (the pid the kubelet tracks): signals
// reach the whole command tree, and the tree goes when the engine does.
import { execFileSync, spawn } from 'node:child_process';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('run-command: no command given');
  process.exit(2);
}

/** Every descendant of this process (npm → sh → node), deepest last. */
function descendants() {
  let table;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return child.pid ? [child.pid] : [];
  }
  const kids = new Map();
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid) continue;
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid).push(pid);
  }
  const out = [];
  const walk = (pid) => {
    for (const k of kids.get(pid) ?? []) {
      out.push(k);
      walk(k);
    }
  };
  walk(process.pid);
  return out;
}

function signalTree(sig) {
  for (const pid of descendants()) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

// Not detached: the command stays in the engine's process group, so killing
// that group (the engine's supervisor, the test harness) takes it down too.
const child = spawn(file, args, { stdio: 'inherit', env: process.env });

child.on('error', (err) => {
  console.error(err.code === 'ENOENT' ? `exec: "${file}": executable file not found in $PATH` : `exec ${file}: ${err.message}`);
  process.exit(127);
});

child.on('exit', (code, signal) => {
  // The app's own children (e.g. npm's shell) must not outlive it.
  signalTree('SIGKILL');
  process.exit(code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15));
});

for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => signalTree(sig));

// The engine went away (bootstrap exits on disconnect): stop the command with it.
process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) signalTree('SIGKILL');
});
