import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { BACKOFF_RESET_MS, restartDelayMs } from './backoff';
import { OutputTail } from './output-tail';
import type { WarmPool } from './warm-pool';

/** What a pod's container is doing, as the kubelet would report it. */
export interface ContainerState {
  port: number;
  pid?: number;
  ready: boolean;
  restartCount: number;
  /** Set while running. */
  startedAt?: Date;
  /** Set while not running: ContainerCreating, or CrashLoopBackOff between restarts. */
  waiting?: { reason: string; message?: string };
  lastTerminated?: { exitCode: number; signal?: string; reason: string; message: string; startedAt: Date; finishedAt: Date };
}

export interface PodProcessOptions {
  namespace: string;
  podName: string;
  containerName: string;
  programPath: string;
  /** The program's arguments and working directory (see Program). */
  args?: string[];
  cwd?: string;
  env: Record<string, string>;
  logFile: string;
  pidFile: string;
  pool: WarmPool;
  onChange(state: ContainerState): void;
}

const TAIL_BYTES = 2048;

/**
 * One pod's container as a child process: started from the warm pool on its
 * own port, probed until it accepts connections, restarted with backoff when
 * it exits (restartPolicy Always), stopped with SIGTERM then SIGKILL.
 */
export class PodProcess {
  readonly state: ContainerState;
  private child?: ChildProcess;
  private log?: WriteStream;
  private readonly tail = new OutputTail(TAIL_BYTES);
  private crashes = 0;
  private stopped = false;
  private restartTimer?: NodeJS.Timeout;
  private probeTimer?: NodeJS.Timeout;

  constructor(
    private readonly opts: PodProcessOptions,
    port: number,
    restartCount = 0,
  ) {
    this.state = { port, ready: false, restartCount, waiting: { reason: 'ContainerCreating' } };
  }

  start() {
    if (this.stopped) return;
    const { opts } = this;
    mkdirSync(path.dirname(opts.logFile), { recursive: true });
    this.log ??= createWriteStream(opts.logFile, { flags: 'a' });
    const child = opts.pool.take();
    this.child = child;
    const startedAt = new Date();
    const append = (chunk: Buffer) => {
      this.log?.write(chunk);
      this.tail.push(chunk);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    child.once('exit', (code, signal) => this.onExit(child, code, signal, startedAt));
    child.send({
      type: 'start',
      programPath: opts.programPath,
      ...(opts.args?.length ? { args: opts.args } : {}),
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      podName: opts.podName,
      env: { ...opts.env, PORT: String(this.state.port) },
    });
    Object.assign(this.state, { pid: child.pid, startedAt, waiting: undefined, ready: false });
    if (child.pid) writeFileSync(opts.pidFile, String(child.pid));
    this.opts.onChange(this.state);
    this.probe(child, Date.now());
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    clearTimeout(this.probeTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(killer);
    }
    this.log?.end();
    rmSync(this.opts.pidFile, { force: true });
  }

  /** TCP readiness (Knative's default probe), every 10 ms at first so cold starts stay short. */
  private probe(child: ChildProcess, since: number) {
    if (this.stopped || this.child !== child || child.exitCode !== null) return;
    const sock = net.connect(this.state.port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      if (this.stopped || this.child !== child) return;
      this.state.ready = true;
      this.opts.onChange(this.state);
    });
    sock.once('error', () => {
      sock.destroy();
      const delay = Date.now() - since < 2000 ? 10 : 200;
      this.probeTimer = setTimeout(() => this.probe(child, since), delay);
    });
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null, startedAt: Date) {
    if (this.child !== child) return;
    clearTimeout(this.probeTimer);
    const finishedAt = new Date();
    const exitCode = code ?? 128 + (signal ? (signalNumbers[signal] ?? 9) : 0);
    this.state.lastTerminated = {
      exitCode,
      ...(signal ? { signal } : {}),
      reason: exitCode === 0 ? 'Completed' : 'Error',
      message: this.tail.text().trim().split('\n').slice(-5).join('\n'),
      startedAt,
      finishedAt,
    };
    this.state.ready = false;
    this.state.startedAt = undefined;
    this.state.pid = undefined;
    if (this.stopped) return;
    if (finishedAt.getTime() - startedAt.getTime() > BACKOFF_RESET_MS) this.crashes = 0;
    this.crashes++;
    this.state.restartCount++;
    const delay = restartDelayMs(this.crashes);
    this.state.waiting = {
      reason: 'CrashLoopBackOff',
      message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${this.opts.containerName} pod=${this.opts.podName}_${this.opts.namespace}`,
    };
    this.opts.onChange(this.state);
    this.restartTimer = setTimeout(() => this.start(), delay);
  }
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGABRT: 6, SIGSEGV: 11 };
