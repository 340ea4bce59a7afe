import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildPhase, BuildRecord } from '@/lib/builds/types';
import { StatusError } from '@/server/kube/status';
import { consoleDataDir } from './image-store';

export type BuildEvent = { type: 'log'; line: string } | { type: 'status'; build: BuildRecord };

const MAX_LINES = 5000;
const FLUSH_MS = 1000;

/**
 * One build, as the UI follows it: phase, message and log lines, kept in
 * memory for live subscribers and in `<dataDir>/builds/NS/ID.json` so a
 * finished build's log survives the console.
 */
export class BuildRun {
  private readonly listeners = new Set<(e: BuildEvent) => void>();
  private flushTimer?: NodeJS.Timeout;

  constructor(
    readonly record: BuildRecord,
    private readonly file: string,
  ) {}

  get done() {
    return this.record.phase === 'Succeeded' || this.record.phase === 'Failed';
  }

  log(line: string) {
    const clean = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd();
    if (!clean) return;
    this.record.lines.push(clean);
    if (this.record.lines.length > MAX_LINES) this.record.lines.splice(0, this.record.lines.length - MAX_LINES);
    this.emit({ type: 'log', line: clean });
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  update(patch: Partial<Omit<BuildRecord, 'lines'>> & { phase?: BuildPhase }) {
    Object.assign(this.record, patch);
    if (patch.phase === 'Succeeded' || patch.phase === 'Failed') {
      this.record.finishedAt = new Date().toISOString();
      running().delete(runningKey(this.record.namespace, this.record.name));
    }
    if (patch.phase && patch.message === undefined && !this.done) delete this.record.message;
    this.emit({ type: 'status', build: this.snapshot(false) });
    this.flush();
  }

  /** The record; without lines for status events (the lines went out one by one). */
  snapshot(withLines = true): BuildRecord {
    return { ...this.record, lines: withLines ? [...this.record.lines] : [] };
  }

  subscribe(listener: (e: BuildEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: BuildEvent) {
    for (const l of this.listeners) l(e);
  }

  private flush() {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify(this.record));
    } catch (err) {
      console.error('[builds] cannot write', this.file, err);
    }
  }
}

// On globalThis so every route bundle and a dev-server reload see the same builds.
const store = globalThis as { __consoleBuilds?: Map<string, BuildRun>; __consoleBuildsRunning?: Map<string, string> };
const runs = () => (store.__consoleBuilds ??= new Map());
const running = () => (store.__consoleBuildsRunning ??= new Map());
const runningKey = (namespace: string, name: string) => `${namespace}/${name}`;

const buildFile = (namespace: string, id: string) => path.join(consoleDataDir(), 'builds', namespace, `${id}.json`);

/** Starts tracking a build of a service; one build per service at a time. */
export function startBuildRun(init: Omit<BuildRecord, 'id' | 'phase' | 'startedAt' | 'lines'>): BuildRun {
  const key = runningKey(init.namespace, init.name);
  const current = running().get(key);
  if (current && runs().get(current) && !runs().get(current)!.done) {
    throw new StatusError(409, 'Conflict', `A build of ${init.name} is already running (${current}): wait for it to finish.`, [
      { field: 'name', message: `A build of ${init.name} is already running`, reason: 'FieldValueDuplicate' },
    ]);
  }
  const id = `${init.name}-${randomBytes(3).toString('hex')}`;
  const record: BuildRecord = { ...init, id, phase: 'Pending', startedAt: new Date().toISOString(), lines: [] };
  const run = new BuildRun(record, buildFile(init.namespace, id));
  runs().set(id, run);
  running().set(key, id);
  run.update({ phase: 'Pending' });
  return run;
}

export function findBuildRun(id: string): BuildRun | undefined {
  return runs().get(id);
}

/** A build by id: live, or as its log file recorded it (after a console restart). */
export function readBuild(namespace: string, id: string): BuildRecord {
  const live = runs().get(id);
  if (live && live.record.namespace === namespace) return live.snapshot();
  if (!/^[a-z0-9-]+$/.test(id)) throw new StatusError(404, 'NotFound', `Build "${id}" not found in ${namespace}.`);
  try {
    const record = JSON.parse(readFileSync(buildFile(namespace, id), 'utf8')) as BuildRecord;
    // A build the console was running when it stopped can't finish any more.
    if (record.phase !== 'Succeeded' && record.phase !== 'Failed') {
      return { ...record, phase: 'Failed', message: 'The console stopped while this build was running; start it again.' };
    }
    return record;
  } catch {
    throw new StatusError(404, 'NotFound', `Build "${id}" not found in ${namespace}.`);
  }
}
