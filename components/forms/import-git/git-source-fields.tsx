'use client';
import { FormGroup, Spinner, TextInput } from '@patternfly/react-core';
import type { ImportGitDraft } from '@/lib/forms/import-git-draft';
import { FieldHelper, TextField } from '../text-field';
import type { InspectionState } from './use-import-git-api';

function urlHelper(inspection: InspectionState, allowLocal: boolean) {
  if (inspection.state === 'checking') return <><Spinner size="sm" aria-label="Checking the repository" /> Checking the repository…</>;
  if (inspection.state === 'ok') {
    const { ref, local } = inspection.inspection;
    return <span data-testid="git-reachable">Reachable{local ? ' (local repository)' : ''} · {ref.kind} {ref.name} at {ref.commit.slice(0, 7)}</span>;
  }
  return `https://github.com/org/repo, ssh://git@host/org/repo or git@host:org/repo${allowLocal ? ', or a local path / file:// URL (embedded engine)' : ''}`;
}

/** The Git URL, ref and context dir, with what the server found there (or why it could not look). */
export function GitSourceFields({ draft, set, onGitUrl, inspection, allowLocal, error }: {
  draft: ImportGitDraft;
  set(patch: Partial<ImportGitDraft>, field: string): void;
  onGitUrl(url: string): void;
  inspection: InspectionState;
  allowLocal: boolean;
  error(field: string): string | undefined;
}) {
  const found = inspection.state === 'ok' ? inspection.inspection : undefined;
  const refs = found ? [...found.branches, ...found.tags] : [];
  return (
    <>
      <TextField id="import-git-url" label="Git repository URL" isRequired value={draft.gitUrl} onChange={onGitUrl} error={error('gitUrl')} helper={urlHelper(inspection, allowLocal)} placeholder="https://github.com/org/repo" />
      <FormGroup label="Git reference" fieldId="import-git-ref">
        <TextInput
          id="import-git-ref"
          value={draft.ref}
          onChange={(_e, ref) => set({ ref }, 'ref')}
          placeholder={found?.defaultBranch ?? 'main'}
          list="import-git-refs"
          validated={error('ref') ? 'error' : 'default'}
          aria-invalid={!!error('ref')}
          aria-describedby="import-git-ref-helper"
        />
        <datalist id="import-git-refs">{refs.map((r) => <option key={r} value={r} />)}</datalist>
        <FieldHelper id="import-git-ref-helper" error={error('ref')} helper={`A branch, tag or commit; empty builds the default branch${found?.defaultBranch ? ` (${found.defaultBranch})` : ''}`} />
      </FormGroup>
      <TextField
        id="import-git-context-dir"
        label="Context dir"
        value={draft.contextDir}
        onChange={(contextDir) => set({ contextDir }, 'contextDir')}
        error={error('contextDir')}
        placeholder="/"
        helper={found ? `Holds: ${found.files.slice(0, 8).join(', ')}${found.files.length > 8 ? ', …' : ''}` : 'The app’s directory inside the repository, e.g. services/api; empty is the root'}
      />
    </>
  );
}
