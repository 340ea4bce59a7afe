import type { RuntimeId } from '../git/detect-runtime';
import type { ImportGitInput } from '../schemas/import-git';
import { envInput, numberOrUndefined, textOrUndefined, type EnvDraft } from './drafts';

/** The Import from Git form while the user types. */
export interface ImportGitDraft {
  gitUrl: string;
  ref: string;
  contextDir: string;
  /** '' follows what was detected. */
  runtime: '' | RuntimeId;
  name: string;
  /** Once the user types a name, changing the URL no longer renames. */
  nameEdited: boolean;
  application: string;
  env: EnvDraft[];
  scaling: { min: string; max: string };
  outputImage: string;
}

export const emptyImportGitDraft = (): ImportGitDraft => ({
  gitUrl: '',
  ref: '',
  contextDir: '',
  runtime: '',
  name: '',
  nameEdited: false,
  application: '',
  env: [],
  scaling: { min: '', max: '' },
  outputImage: '',
});

/** The draft as importGitSchema's input: empty fields left out, numbers parsed. */
export function importGitInput(namespace: string, d: ImportGitDraft): ImportGitInput {
  return {
    namespace,
    name: d.name.trim(),
    gitUrl: d.gitUrl.trim(),
    ref: textOrUndefined(d.ref),
    contextDir: d.contextDir.trim(),
    runtime: d.runtime || undefined,
    application: textOrUndefined(d.application),
    env: envInput(d.env),
    scaling: { min: numberOrUndefined(d.scaling.min), max: numberOrUndefined(d.scaling.max) },
    outputImage: textOrUndefined(d.outputImage),
  };
}
