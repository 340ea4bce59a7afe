/** A build's progress as the Import from Git progress view shows it (shared by the server and the browser). */
export type BuildPhase = 'Pending' | 'Cloning' | 'Installing' | 'Deploying' | 'Succeeded' | 'Failed';

export const BUILD_STEPS: { phase: Exclude<BuildPhase, 'Succeeded' | 'Failed'>; title: string }[] = [
  { phase: 'Pending', title: 'Queued' },
  { phase: 'Cloning', title: 'Clone' },
  { phase: 'Installing', title: 'Install dependencies' },
  { phase: 'Deploying', title: 'Deploy' },
];

export interface BuildRecord {
  id: string;
  namespace: string;
  /** The Knative Service built for. */
  name: string;
  /** A new service, or a new revision of an existing one. */
  kind: 'create' | 'redeploy';
  /** Where it builds: the embedded engine's image store, or Shipwright on a cluster. */
  system: 'embedded' | 'shipwright';
  phase: BuildPhase;
  /** Why it failed, or what it is waiting for. */
  message?: string;
  /** The phase it failed in. */
  failedIn?: BuildPhase;
  url: string;
  ref: string;
  commit?: string;
  runtime?: string;
  image?: string;
  /** The topology node of the service, once it exists. */
  nodeId?: string;
  startedAt: string;
  finishedAt?: string;
  lines: string[];
}
