import type { RuntimeId } from './detect-runtime';

/** How an app is installed and started on the embedded engine (no container runtime). */
export interface BuildPlan {
  /** Installs dependencies in the app dir; absent when there is nothing to install. */
  install?: string[];
  /** What the pod runs in the app dir; PORT comes from the pod. */
  command: string[];
  /** The image's own environment (a Dockerfile's ENV). */
  env: Record<string, string>;
}

export interface AppFiles {
  /** File names at the root of the context dir. */
  files: string[];
  /** package.json's text, for Node.js. */
  packageJson?: string;
  /** Procfile's text, if any. */
  procfile?: string;
  /** requirements.txt's text, for Python. */
  requirements?: string;
}

export const PYTHON_PACKAGES_DIR = '.python-packages';

const EMBEDDED_ONLY = 'The embedded engine runs apps as processes (no container runtime), so it can build Node.js and Python apps only';

/** The Procfile's `web:` command, as Heroku-style buildpacks read it. */
export function procfileWeb(text: string | undefined): string | undefined {
  return text?.split('\n').map((l) => /^web:\s*(.+)$/.exec(l.trim())?.[1]).find(Boolean)?.trim();
}

function nodePlan(app: AppFiles): BuildPlan | { error: string } {
  let pkg: { scripts?: Record<string, unknown>; main?: unknown; dependencies?: Record<string, unknown> };
  try {
    pkg = JSON.parse(app.packageJson ?? '');
  } catch (err) {
    return { error: `package.json is not valid JSON: ${(err as Error).message}` };
  }
  const env = { NODE_ENV: 'production', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  const hasDeps = Object.keys(pkg.dependencies ?? {}).length > 0;
  const install = hasDeps
    ? app.files.includes('package-lock.json') || app.files.includes('npm-shrinkwrap.json')
      ? ['npm', 'ci', '--omit=dev', '--no-audit', '--no-fund']
      : ['npm', 'install', '--omit=dev', '--no-audit', '--no-fund']
    : undefined;
  const web = procfileWeb(app.procfile);
  let command: string[] | undefined;
  if (typeof pkg.scripts?.start === 'string' && pkg.scripts.start.trim()) command = ['npm', 'start'];
  else if (web) command = ['sh', '-c', web];
  else if (typeof pkg.main === 'string' && pkg.main.trim()) command = ['node', pkg.main.trim()];
  else {
    const entry = ['server.js', 'index.js', 'app.js', 'server.mjs', 'index.mjs'].find((f) => app.files.includes(f));
    if (entry) command = ['node', entry];
  }
  if (!command) return { error: 'Nothing to start: package.json has no "start" script or "main", and there is no server.js or index.js. Add "scripts": {"start": "node server.js"}.' };
  return { ...(install ? { install } : {}), command, env };
}

function pythonPlan(app: AppFiles): BuildPlan | { error: string } {
  const env = { PYTHONPATH: PYTHON_PACKAGES_DIR, PYTHONUNBUFFERED: '1' };
  // pip refuses a requirements file with nothing in it; there is nothing to install then anyway.
  const hasRequirements = (app.requirements ?? '').split('\n').some((l) => l.trim() && !l.trim().startsWith('#'));
  const install = app.files.includes('requirements.txt') && hasRequirements
    ? ['python3', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--target', PYTHON_PACKAGES_DIR, '-r', 'requirements.txt']
    : undefined;
  const web = procfileWeb(app.procfile);
  const entry = ['app.py', 'main.py', 'server.py', 'wsgi.py'].find((f) => app.files.includes(f));
  const command = web ? ['sh', '-c', web] : entry ? ['python3', entry] : undefined;
  if (!command) return { error: 'Nothing to start: no Procfile "web:" line and no app.py, main.py or server.py.' };
  return { ...(install ? { install } : {}), command, env };
}

/** The install step and start command for `runtime`, or why the embedded engine can't build it. */
export function planBuild(runtime: RuntimeId, app: AppFiles): BuildPlan | { error: string } {
  if (runtime === 'nodejs') return nodePlan(app);
  if (runtime === 'python') return pythonPlan(app);
  return { error: `${EMBEDDED_ONLY}; this one needs ${runtime === 'dockerfile' ? 'a container build' : `a ${runtime === 'go' ? 'Go' : 'Java'} toolchain image`}. Deploy it on a cluster with Shipwright, or build an image and use Deploy Image.` };
}
