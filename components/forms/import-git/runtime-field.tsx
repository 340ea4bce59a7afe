'use client';
import { Flex, FlexItem, FormGroup, FormSelect, FormSelectOption, Label } from '@patternfly/react-core';
import { isEmbeddedRuntime, runtimeLabel, type RuntimeId } from '@/lib/git/detect-runtime';
import { RUNTIME_IDS } from '@/lib/schemas/import-git';
import { FieldHelper } from '../text-field';
import { RuntimeIcon } from './runtime-icon';
import type { InspectionState } from './use-import-git-api';

/** What was detected in the context dir (with the file that gave it away), and a select to override it. */
export function RuntimeField({ value, onChange, inspection, embedded, error }: {
  value: '' | RuntimeId;
  onChange(v: '' | RuntimeId): void;
  inspection: InspectionState;
  /** On the embedded engine only Node.js and Python can run. */
  embedded: boolean;
  error?: string;
}) {
  const detected = inspection.state === 'ok' ? inspection.inspection.runtimes : [];
  const chosen = value || detected[0]?.id;
  const cannotRun = embedded && chosen && !isEmbeddedRuntime(chosen);
  return (
    <FormGroup label="Runtime" fieldId="import-git-runtime">
      <Flex spaceItems={{ default: 'spaceItemsSm' }} className="pf-v6-u-mb-sm" data-testid="detected-runtimes">
        {inspection.state === 'ok' && detected.length === 0 && <FlexItem>No runtime detected in the context dir: pick one.</FlexItem>}
        {inspection.state !== 'ok' && <FlexItem className="pf-v6-u-color-200">Detected from the repository once it is reachable.</FlexItem>}
        {detected.map((r) => (
          <FlexItem key={r.id}>
            <Label icon={<RuntimeIcon id={r.id} />} color={r.id === chosen ? 'blue' : 'grey'} title={`Found ${r.evidence}`}>
              {r.label} <small>({r.evidence})</small>
            </Label>
          </FlexItem>
        ))}
      </Flex>
      <FormSelect id="import-git-runtime" value={value} onChange={(_e, v) => onChange(v as '' | RuntimeId)} aria-label="Runtime">
        <FormSelectOption value="" label={detected[0] ? `As detected (${detected[0].label})` : 'As detected'} />
        {RUNTIME_IDS.map((id) => (
          <FormSelectOption key={id} value={id} label={`${runtimeLabel(id)}${embedded && !isEmbeddedRuntime(id) ? ' (needs a cluster build)' : ''}`} />
        ))}
      </FormSelect>
      <FieldHelper
        id="import-git-runtime-helper"
        error={error ?? (cannotRun ? `The embedded engine runs Node.js and Python apps only; ${runtimeLabel(chosen)} needs a container build (Shipwright on a cluster).` : undefined)}
        helper={chosen ? `Built and started as a ${runtimeLabel(chosen)} app${embedded ? (chosen === 'nodejs' ? ': npm install when it has dependencies, then npm start' : ': pip install -r requirements.txt, then python3 app.py or the Procfile web command') : ' with Cloud Native Buildpacks'}` : undefined}
      />
    </FormGroup>
  );
}
