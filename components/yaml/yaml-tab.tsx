'use client';
import { ActionList, ActionListItem, Alert, AlertActionLink, Button } from '@patternfly/react-core';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { KindDef } from '@/lib/resources/kinds';
import type { KubeObject, KubeStatus } from '@/lib/resources/types';
import { fromYaml, toYaml } from '@/lib/resources/yaml';
import { useReplace } from '@/components/kube/use-mutations';
import { StatusAlert } from './status-alert';

// CodeMirror touches the DOM on import; it only ever runs in the browser.
const YamlEditor = dynamic(() => import('./yaml-editor').then((m) => m.YamlEditor), { ssr: false });

/**
 * View and edit an object as YAML. Save replaces it (PUT) with the resourceVersion it
 * was loaded at, so a concurrent change fails with the server's 409 instead of being
 * overwritten; every server error is shown above the editor as the API worded it.
 */
export function YamlTab({ kind, obj, namespace }: { kind: KindDef; obj: KubeObject; namespace: string }) {
  const [text, setText] = useState(() => toYaml(obj));
  const [loadedVersion, setLoadedVersion] = useState(obj.metadata.resourceVersion);
  const [problem, setProblem] = useState<KubeStatus | string>();
  const [saved, setSaved] = useState<string>();
  const replace = useReplace(kind.id, namespace);

  const reload = () => {
    setText(toYaml(obj));
    setLoadedVersion(obj.metadata.resourceVersion);
    setProblem(undefined);
    setSaved(undefined);
  };

  const save = () => {
    setSaved(undefined);
    const parsed = fromYaml(text);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(undefined);
    replace.mutate(parsed.object, {
      onSuccess: (result) => {
        setText(toYaml(result));
        setLoadedVersion(result.metadata.resourceVersion);
        setSaved(`Saved ${result.metadata.name}; resource version ${result.metadata.resourceVersion}.`);
      },
      onError: (err) => setProblem(err.status),
    });
  };

  const changed = obj.metadata.resourceVersion !== loadedVersion;
  return (
    <>
      {kind.readOnly && <Alert variant="info" isInline title={`${kind.labelPlural} are read-only here: their values are never sent to the browser.`} className="pf-v6-u-mb-sm" />}
      {changed && (
        <Alert variant="warning" isInline className="pf-v6-u-mb-sm" title="This object has changed since you loaded it."
          actionLinks={<AlertActionLink onClick={reload}>Reload</AlertActionLink>}>
          Saving now will fail with a conflict; reload to edit the latest version.
        </Alert>
      )}
      {typeof problem === 'string' && <Alert variant="danger" isInline title={problem} className="pf-v6-u-mb-sm" data-testid="status-alert" />}
      {problem && typeof problem !== 'string' && <div className="pf-v6-u-mb-sm"><StatusAlert status={problem} /></div>}
      {saved && <Alert variant="success" isInline title={saved} className="pf-v6-u-mb-sm" />}
      <YamlEditor value={text} onChange={setText} readOnly={kind.readOnly} />
      <ActionList className="pf-v6-u-mt-md">
        {!kind.readOnly && (
          <ActionListItem>
            <Button variant="primary" onClick={save} isLoading={replace.isPending} isDisabled={replace.isPending}>
              Save
            </Button>
          </ActionListItem>
        )}
        <ActionListItem>
          <Button variant="secondary" onClick={reload}>
            Reload
          </Button>
        </ActionListItem>
      </ActionList>
    </>
  );
}
