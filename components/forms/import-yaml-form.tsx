'use client';
import { ActionGroup, Alert, Button, FileUpload, Form, FormGroup, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import Link from 'next/link';
import { useState } from 'react';
import { KubeApiError, kubeFetch } from '@/components/kube/api';
import { nsHref } from '@/lib/resources/hrefs';
import type { KubeStatus } from '@/lib/resources/types';
import { issuesToFieldErrors, statusToFieldErrors } from '@/lib/schemas/field-errors';
import { importYamlSchema, parseDocuments, type ImportResult } from '@/lib/schemas/import-yaml';
import { FieldHelper } from './text-field';

const outcomeColor = { created: 'green', updated: 'blue', unchanged: 'grey', error: 'red' } as const;

/** Import YAML: paste or drop documents; each is created, or merge-patched if it exists; a result per document. */
export function ImportYamlForm({ namespace }: { namespace: string }) {
  const [yaml, setYaml] = useState('');
  const [filename, setFilename] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<KubeStatus>();
  const [results, setResults] = useState<ImportResult[]>();
  const count = yaml.trim() ? parseDocuments(yaml).length : 0;

  const edit = (text: string) => {
    setYaml(text);
    setErrors({});
  };
  const submit = async () => {
    const parsed = importYamlSchema.safeParse({ namespace, yaml });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const res = await kubeFetch<{ results: ImportResult[] }>('/api/add/import-yaml', { method: 'POST', body: JSON.stringify(parsed.data) });
      setResults(res.results);
    } catch (e) {
      if (!(e instanceof KubeApiError)) throw e;
      setFailure(e.status);
      setErrors(statusToFieldErrors(e.status));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={(e) => { e.preventDefault(); void submit(); }} style={{ maxWidth: 1100 }}>
      <FormGroup label="YAML" fieldId="import-yaml" isRequired>
        <FileUpload
          id="import-yaml"
          type="text"
          value={yaml}
          filename={filename}
          filenamePlaceholder="Drop a file here, browse, or paste below"
          onFileInputChange={(_e, file) => setFilename(file.name)}
          onDataChange={(_e, text) => edit(text)}
          onTextChange={(_e, text) => edit(text)}
          onClearClick={() => { edit(''); setFilename(''); setResults(undefined); }}
          allowEditingUploadedText
          browseButtonText="Browse…"
          validated={errors.yaml ? 'error' : 'default'}
          textAreaPlaceholder={'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec: …\n---\napiVersion: eventing.knative.dev/v1\nkind: Broker\n…'}
        />
        <FieldHelper id="import-yaml-helper" error={errors.yaml} helper={`${count} document${count === 1 ? '' : 's'}. Objects with no namespace go to ${namespace}.`} />
      </FormGroup>
      {failure && <Alert variant="danger" isInline title="Nothing was imported">{failure.message}</Alert>}
      {results && (
        <Table aria-label="Import results" variant="compact" data-testid="import-results">
          <Thead><Tr><Th>#</Th><Th>Kind</Th><Th>Name</Th><Th>Result</Th><Th>Message</Th></Tr></Thead>
          <Tbody>
            {results.map((r) => (
              <Tr key={r.index} data-testid={`import-result-${r.index}`}>
                <Td>{r.index}</Td>
                <Td>{r.kind}</Td>
                <Td>{r.namespace && r.namespace !== namespace ? `${r.namespace}/` : ''}{r.name}</Td>
                <Td><Label color={outcomeColor[r.outcome]}>{r.outcome}</Label></Td>
                <Td>{r.outcome === 'error' ? r.message : ''}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy}>Import</Button>
        {results && <Button variant="secondary" component={(p) => <Link {...p} href={nsHref(namespace, 'topology')} />}>View in topology</Button>}
        <Button variant="link" component={(p) => <Link {...p} href={nsHref(namespace, 'add')} />}>Cancel</Button>
      </ActionGroup>
    </Form>
  );
}
