'use client';
import { ActionGroup, Alert, Button, ExpandableSection, Form, FormSection, Grid, GridItem } from '@patternfly/react-core';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import type { BuildRecord } from '@/lib/builds/types';
import { nameFromGitUrl } from '@/lib/git/app-name';
import { isEmbeddedRuntime } from '@/lib/git/detect-runtime';
import { parseGitUrl } from '@/lib/git/git-url';
import { emptyImportGitDraft, importGitInput, type ImportGitDraft } from '@/lib/forms/import-git-draft';
import { nsHref } from '@/lib/resources/hrefs';
import { importGitSchema } from '@/lib/schemas/import-git';
import { ApplicationSelect } from '../application-select';
import { EnvRows } from '../env-rows';
import { TextField } from '../text-field';
import { useAddForm } from '../use-add-form';
import { useNameTaken } from '../use-name-taken';
import { BuildProgress } from './build-progress';
import { GitSourceFields } from './git-source-fields';
import { RuntimeField } from './runtime-field';
import { useBuildSystem, useGitInspection } from './use-import-git-api';

const FIELDS = ['namespace', 'name', 'gitUrl', 'ref', 'contextDir', 'runtime', 'application', 'env', 'scaling', 'outputImage'];

/**
 * Import from Git: the repository (checked by the server as the user types),
 * how it is built, the service's name and options; then the build's progress,
 * and the topology with the new service selected.
 */
export function ImportGitForm({ namespace }: { namespace: string }) {
  const router = useRouter();
  const system = useBuildSystem();
  const allowLocal = system.data?.allowLocal;
  const [draft, setDraft] = useState<ImportGitDraft>(emptyImportGitDraft);
  const [advanced, setAdvanced] = useState(false);
  const [build, setBuild] = useState<BuildRecord>();
  const inspection = useGitInspection(draft.gitUrl, draft.ref, draft.contextDir, allowLocal);
  const input = useMemo(() => importGitInput(namespace, draft), [namespace, draft]);
  const taken = useNameTaken('services', namespace, input.name);

  const chosenRuntime = draft.runtime || (inspection.state === 'ok' ? inspection.inspection.runtimes[0]?.id : undefined);
  const extraErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    if (taken) errors.name = taken;
    const parsed = draft.gitUrl.trim() && allowLocal !== undefined ? parseGitUrl(draft.gitUrl, { allowLocal }) : undefined;
    if (parsed && !parsed.ok) errors.gitUrl = parsed.error;
    else if (inspection.state === 'failed') errors[inspection.field] = inspection.message;
    if (system.data?.kind === 'embedded' && chosenRuntime && !isEmbeddedRuntime(chosenRuntime)) errors.runtime = 'The embedded engine builds Node.js and Python apps only: pick one of those, or deploy on a cluster with Shipwright.';
    if (system.data?.kind === 'shipwright' && !draft.outputImage.trim()) errors.outputImage = 'Required on a cluster: where the build pushes the image';
    return errors;
  }, [taken, draft.gitUrl, draft.outputImage, allowLocal, inspection, system.data?.kind, chosenRuntime]);
  const form = useAddForm({ schema: importGitSchema, endpoint: '/api/add/import-git', input, extraErrors, fields: FIELDS });

  const set = (patch: Partial<ImportGitDraft>, field: string) => {
    setDraft((d) => ({ ...d, ...patch }));
    form.touch(field);
  };
  const onGitUrl = (gitUrl: string) => {
    setDraft((d) => ({ ...d, gitUrl, ...(d.nameEdited ? {} : { name: nameFromGitUrl(gitUrl) }) }));
    form.touch('gitUrl');
  };
  const onSucceeded = useCallback(
    (b: BuildRecord) => {
      const target = `${nsHref(namespace, 'topology')}${b.nodeId ? `?selected=${encodeURIComponent(b.nodeId)}` : ''}`;
      setTimeout(() => router.push(target), 800);
    },
    [namespace, router],
  );

  if (build) return <BuildProgress initial={build} onSucceeded={onSucceeded} onBack={() => setBuild(undefined)} />;

  const noBuildSystem = system.data?.kind === 'none' ? system.data : undefined;
  return (
    <Form
      style={{ maxWidth: 880 }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (noBuildSystem) return;
        const started = (await form.submit()) as unknown as BuildRecord | undefined;
        if (started) setBuild(started);
      }}
    >
      {system.error && <Alert variant="danger" isInline title="Cannot tell which build system to use">{system.error.message}</Alert>}
      {noBuildSystem && (
        <Alert variant="warning" isInline title="No build system is installed" data-testid="no-build-system">
          {noBuildSystem.message}
        </Alert>
      )}
      {system.data?.kind === 'shipwright' && (
        <Alert variant="info" isInline isPlain title={`Built on the cluster by Shipwright (${system.data.strategy})`} />
      )}
      <FormSection title="Git">
        <GitSourceFields draft={draft} set={set} onGitUrl={onGitUrl} inspection={inspection} allowLocal={!!allowLocal} error={form.error} />
      </FormSection>
      <FormSection title="Build">
        <RuntimeField value={draft.runtime} onChange={(runtime) => set({ runtime }, 'runtime')} inspection={inspection} embedded={system.data?.kind === 'embedded'} error={form.error('runtime')} />
        {system.data?.kind === 'shipwright' && (
          <TextField id="import-git-output-image" label="Output image" isRequired value={draft.outputImage} onChange={(outputImage) => set({ outputImage }, 'outputImage')} error={form.error('outputImage')} helper="Where the build pushes the image, e.g. registry.example.com/team/app (the namespace needs push access)" />
        )}
      </FormSection>
      <FormSection title="General">
        <ApplicationSelect id="import-git-application" namespace={namespace} value={draft.application} onChange={(application) => set({ application }, 'application')} error={form.error('application')} />
        <TextField
          id="import-git-name"
          label="Name"
          isRequired
          value={draft.name}
          onChange={(name) => set({ name, nameEdited: true }, 'name')}
          error={form.error('name') ?? (input.name ? taken : undefined)}
          helper={`The Knative Service's name, from the repository unless you change it. Its URL will be http://${input.name || 'NAME'}.${namespace}.localhost:…`}
        />
      </FormSection>
      <ExpandableSection toggleText="Advanced options" isExpanded={advanced || form.errorsUnder('env').length > 0 || form.errorsUnder('scaling').length > 0} onToggle={(_e, v) => setAdvanced(v)}>
        <FormSection title="Environment">
          <EnvRows id="import-git-env" namespace={namespace} rows={draft.env} onChange={(env) => set({ env }, 'env')} error={(p) => form.error(p ? `env.${p}` : 'env')} />
        </FormSection>
        <FormSection title="Scaling">
          <Grid hasGutter md={4}>
            <GridItem>
              <TextField id="import-git-scale-min" label="Min scale" type="number" value={draft.scaling.min} onChange={(min) => set({ scaling: { ...draft.scaling, min } }, 'scaling.min')} error={form.error('scaling.min')} helper="Pods kept even when idle (--scale-min)" placeholder="0" />
            </GridItem>
            <GridItem>
              <TextField id="import-git-scale-max" label="Max scale" type="number" value={draft.scaling.max} onChange={(max) => set({ scaling: { ...draft.scaling, max } }, 'scaling.max')} error={form.error('scaling.max')} helper="0 = no limit (--scale-max)" placeholder="0" />
            </GridItem>
          </Grid>
        </FormSection>
      </ExpandableSection>
      {(form.failure || form.summary.length > 0) && (
        <Alert variant="danger" isInline title={form.failure ? 'The import did not start' : 'Fix these before importing'} data-testid="form-failure">
          {form.failure && <p>{form.failure.message}</p>}
          {form.summary.length > 0 && <ul>{form.summary.map((m) => <li key={m}>{m}</li>)}</ul>}
        </Alert>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={form.busy} isDisabled={form.busy || !!noBuildSystem || !system.data}>Import</Button>
        <Button variant="link" component={(p) => <Link {...p} href={nsHref(namespace, 'add')} />}>Cancel</Button>
      </ActionGroup>
    </Form>
  );
}
