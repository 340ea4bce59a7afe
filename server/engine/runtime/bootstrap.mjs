// A pre-forked, idle Node.js process waiting to become a pod: the engine sends
// it the pod's program and environment over IPC, and it loads the program in
// place. Saves the ~50-150 ms of a cold `node` start on every pod start.
import http from 'node:http';
import { pathToFileURL } from 'node:url';

process.on('message', (msg) => {
  if (!msg || msg.type !== 'start') return;
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, msg.env);
  process.argv = [process.argv[0], msg.programPath, ...(msg.args ?? [])];
  process.title = `pod ${msg.podName}`;
  if (msg.cwd) process.chdir(msg.cwd);
  // The program's own handles keep the process alive from now on.
  process.channel?.unref();
  import(pathToFileURL(msg.programPath).href).catch((err) => {
    console.error(err?.stack ?? String(err));
    process.exit(1);
  });
});

// The engine went away (killed): a pod must not outlive it.
process.on('disconnect', () => process.exit(0));

// While idle, warm the HTTP stack (lazy internals, parser, JIT) with a few
// requests to itself, so a pod's first real request is not its slowest.
const warm = http.createServer((_req, res) => res.end('ok'));
warm.listen(0, '127.0.0.1', () => {
  const { port } = warm.address();
  let n = 0;
  const once = () =>
    http
      .get({ host: '127.0.0.1', port, path: '/?warm', agent: false }, (res) => {
        res.resume();
        res.on('end', () => (++n < 30 ? once() : warm.close(() => process.send?.({ type: 'idle' }))));
      })
      .on('error', () => warm.close());
  once();
});
warm.unref();
