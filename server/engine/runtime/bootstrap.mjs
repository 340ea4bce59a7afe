// A pre-forked, idle Node.js process waiting to become a pod: the engine sends
// it the pod's program and environment over IPC, and it loads the program in
// place. Saves the ~50-150 ms of a cold `node` start on every pod start.
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
process.send?.({ type: 'idle' });
