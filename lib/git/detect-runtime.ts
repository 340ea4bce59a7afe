/** The runtimes Import from Git recognises, by the files at the root of the context dir. */
export type RuntimeId = 'nodejs' | 'python' | 'go' | 'java' | 'dockerfile';

export interface RuntimeInfo {
  id: RuntimeId;
  label: string;
  /** The file that gave it away. */
  evidence: string;
  /** Whether the embedded engine can build and run it without a container runtime. */
  embedded: boolean;
}

const markers: { id: RuntimeId; label: string; files: string[]; embedded: boolean }[] = [
  { id: 'nodejs', label: 'Node.js', files: ['package.json'], embedded: true },
  { id: 'python', label: 'Python', files: ['requirements.txt', 'pyproject.toml', 'Pipfile'], embedded: true },
  { id: 'go', label: 'Go', files: ['go.mod'], embedded: false },
  { id: 'java', label: 'Java', files: ['pom.xml', 'build.gradle'], embedded: false },
  { id: 'dockerfile', label: 'Dockerfile', files: ['Dockerfile', 'Containerfile'], embedded: false },
];

/** Every runtime the listed file names point to, most specific first (a Dockerfile last). */
export function detectRuntimes(fileNames: string[]): RuntimeInfo[] {
  const present = new Set(fileNames);
  return markers.flatMap((m) => {
    const evidence = m.files.find((f) => present.has(f));
    return evidence ? [{ id: m.id, label: m.label, evidence, embedded: m.embedded }] : [];
  });
}

export const runtimeLabel = (id: RuntimeId) => markers.find((m) => m.id === id)!.label;

/** Whether the embedded engine can build and run `id` (Node.js and Python: no container runtime needed). */
export const isEmbeddedRuntime = (id: RuntimeId) => markers.find((m) => m.id === id)!.embedded;
