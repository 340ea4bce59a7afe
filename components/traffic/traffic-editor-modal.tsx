'use client';

import {
  ActionGroup, Alert, Button, Content, Modal, ModalBody, ModalFooter, ModalHeader, Spinner, Stack, StackItem,
} from '@patternfly/react-core';
import { PlusCircleIcon } from '@patternfly/react-icons';
import { useMemo, useReducer, useState } from 'react';
import type { KService, Revision } from '@/lib/resources/types';
import {
  canLock, formatProblem, rowsFromTraffic, tagMessages, tagUrls, trafficDiff, trafficFromRows, trafficReducer, unusedRevisions, unusedTargets,
  validateTraffic, type TrafficTarget,
} from '@/lib/traffic';
import { SplitBar } from './split-bar';
import { TagUrlList } from './tag-url-list';
import { TrafficDiffView } from './traffic-diff-view';
import { ROW_COLUMNS, TrafficRow } from './traffic-row';
import { revisionNamesNewestFirst, targetLabel } from './target-label';

export interface TrafficEditorModalProps {
  /** The live Service (kept fresh by its watch): its status shows the result of applying. */
  service: KService;
  /** This Service's revisions. */
  revisions: Revision[];
  onClose: () => void;
  /** Sends `spec.traffic`; resolves to the patched Service, rejects with the API's message. */
  onApply: (traffic: TrafficTarget[]) => Promise<KService>;
}

type Step = 'edit' | 'preview' | 'applied';

/** Mount it only while open: the rows start from the Service's spec.traffic each time. */
export function TrafficEditorModal({ service, revisions, onClose, onApply }: TrafficEditorModalProps) {
  const [rows, dispatch] = useReducer(trafficReducer, service.spec?.traffic, rowsFromTraffic);
  const [step, setStep] = useState<Step>('edit');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [appliedGeneration, setAppliedGeneration] = useState<number>();

  const latestReady = service.status?.latestReadyRevisionName;
  const names = useMemo(() => revisionNamesNewestFirst(revisions), [revisions]);
  const messages = tagMessages(rows);
  const proposed = trafficFromRows(rows);
  const problems = validateTraffic(proposed);
  const current = service.spec?.traffic ?? [];
  const lockable = canLock(rows);
  const canAdd = unusedRevisions(rows, names).length > 0;
  const hasTagErrors = Object.values(messages).some(Boolean);

  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const patched = await onApply(proposed);
      setAppliedGeneration(patched.metadata.generation);
      setStep('applied');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const routed = appliedGeneration !== undefined && (service.status?.observedGeneration ?? 0) >= appliedGeneration;
  const title = `Set traffic distribution: ${service.metadata.name}`;

  return (
    <Modal isOpen variant="large" onClose={onClose} aria-labelledby="traffic-editor-title">
      <ModalHeader title={title} labelId="traffic-editor-title"
        description={step === 'edit' ? 'Split requests across revisions. Shares always add up to 100%.' : undefined} />
      <ModalBody>
        <Stack hasGutter>
          {step !== 'applied' && (
            <StackItem>
              <SplitBar segments={rows.map((r) => ({ key: r.id, label: targetLabel(r.revisionName, latestReady), percent: r.percent }))} />
            </StackItem>
          )}
          {step === 'edit' && (
            <>
              <StackItem>
                <div style={{ display: 'grid', gridTemplateColumns: ROW_COLUMNS, gap: 'var(--pf-t--global--spacer--md)', fontWeight: 'var(--pf-t--global--font--weight--body--bold)' }}>
                  <span>Revision</span><span>Split</span><span>Percent</span><span>Tag</span><span /><span />
                </div>
              </StackItem>
              {rows.map((r, i) => (
                <StackItem key={r.id}>
                  <TrafficRow
                    row={r}
                    index={i}
                    choices={[r.revisionName, ...unusedTargets(rows, names, latestReady)]}
                    latestReady={latestReady}
                    lockable={lockable}
                    removable={rows.length > 1}
                    tagMessage={messages[r.id]}
                    dispatch={dispatch}
                  />
                </StackItem>
              ))}
              <StackItem>
                <ActionGroup style={{ marginTop: 0 }}>
                  <Button variant="link" icon={<PlusCircleIcon />} isDisabled={!canAdd} onClick={() => dispatch({ type: 'add', revisionNames: names, latestReady })}>
                    Add revision
                  </Button>
                  <Button variant="link" onClick={() => dispatch({ type: 'evenly' })}>Evenly distribute</Button>
                </ActionGroup>
              </StackItem>
            </>
          )}
          {step === 'preview' && (
            <StackItem>
              <Content component="p">This merge patch replaces the Service&apos;s <code>spec.traffic</code>:</Content>
              <TrafficDiffView lines={trafficDiff(current, proposed)} />
              {problems.map((p) => (
                <Alert key={formatProblem(p)} isInline isPlain variant="danger" title={formatProblem(p)} />
              ))}
            </StackItem>
          )}
          {step === 'applied' && (
            <StackItem>
              {routed ? (
                <AppliedUrls service={service} />
              ) : (
                <Content component="p"><Spinner size="md" aria-label="Waiting for the route" /> Traffic applied; waiting for the route to take it…</Content>
              )}
            </StackItem>
          )}
          {error && (
            <StackItem>
              <Alert isInline variant="danger" title="The API refused the change">{error}</Alert>
            </StackItem>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        {step === 'edit' && (
          <Button variant="primary" isDisabled={hasTagErrors} onClick={() => setStep('preview')}>Review changes</Button>
        )}
        {step === 'preview' && (
          <>
            <Button variant="primary" isLoading={busy} isDisabled={busy || problems.length > 0} onClick={apply}>Apply</Button>
            <Button variant="secondary" onClick={() => setStep('edit')}>Back</Button>
          </>
        )}
        <Button variant="link" onClick={onClose}>{step === 'applied' ? 'Done' : 'Cancel'}</Button>
      </ModalFooter>
    </Modal>
  );
}

function AppliedUrls({ service }: { service: KService }) {
  const urls = tagUrls(service.status?.traffic);
  return (
    <Stack hasGutter>
      <Alert isInline variant="success" title="Traffic distribution applied" />
      <TagUrlList serviceUrl={service.status?.url} urls={urls} />
      {urls.length === 0 && <Content component="p">No tags: every request goes through the service URL.</Content>}
    </Stack>
  );
}
