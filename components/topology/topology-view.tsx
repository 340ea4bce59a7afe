'use client';
import { Alert, AlertActionCloseButton, Drawer, DrawerContent, DrawerContentBody, EmptyState, EmptyStateBody, Spinner } from '@patternfly/react-core';
import { ReactFlowProvider } from '@xyflow/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TrafficEditorModal } from '@/components/traffic/traffic-editor-modal';
import { nsHref } from '@/lib/resources/hrefs';
import type { KService, Revision } from '@/lib/resources/types';
import type { ObjectRef } from '@/lib/topology';
import { ConfirmDialog } from './dialog-confirm';
import { PickTargetDialog } from './dialog-pick-target';
import { TriggerDialog } from './dialog-trigger';
import { ContextMenu } from './context-menu';
import { isShown } from './flow-elements';
import { edgeActions, nodeActions } from './menu-actions';
import { SidePanel } from './side-panel';
import { TopologyGraph, type MenuTarget } from './topology-graph';
import { TopologyToolbar } from './topology-toolbar';
import { useGraphCommands } from './use-graph-commands';
import { usePodHistory } from './use-pod-history';
import { usePositions } from './use-positions';
import { useTopologyActions } from './use-topology-actions';
import { useTopologyData } from './use-topology-data';

/** The namespace's live topology: toolbar, graph, side panel, menus and the dialogs its gestures open. */
export function TopologyView({ namespace }: { namespace: string }) {
  return (
    <ReactFlowProvider>
      <TopologyInner namespace={namespace} />
    </ReactFlowProvider>
  );
}

function TopologyInner({ namespace }: { namespace: string }) {
  const { model, objects, lists, loading, errors } = useTopologyData(namespace);
  const actions = useTopologyActions();
  const { positions, onMoved, resetLayout } = usePositions(namespace, model, !loading);
  const cmd = useGraphCommands(model, actions);
  const [hiddenKinds, setHiddenKinds] = useState<Set<string>>(() => new Set());
  const [search, setSearch] = useState('');
  const filter = useMemo(() => ({ hiddenKinds, search }), [hiddenKinds, search]);
  const [selectedId, setSelectedId] = useState<string>();
  const [focus, setFocus] = useState<{ id: string; nonce: number }>();
  const [menu, setMenu] = useState<{ target: MenuTarget; at: { x: number; y: number } }>();
  const [layoutEpoch, setLayoutEpoch] = useState(0);
  const history = usePodHistory(model, selectedId);

  // ?selected=<node id> (the Add flows land here): select and centre it once it appears.
  const wanted = useSearchParams().get('selected');
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || focused.current === wanted || !positions.has(wanted)) return;
    focused.current = wanted;
    setFocus({ id: wanted, nonce: Date.now() });
  }, [wanted, positions]);

  const onFind = useCallback(() => {
    const hit = model.nodes.find((n) => n.data.kind !== 'group' && search && isShown(n, filter));
    if (hit) setFocus({ id: hit.id, nonce: Date.now() });
  }, [model, search, filter]);

  const selected = selectedId ? model.nodes.find((n) => n.id === selectedId) : undefined;
  const menuActions = menu
    ? menu.target.type === 'node'
      ? (() => { const n = model.nodes.find((x) => x.id === menu.target.id); return n ? nodeActions(n.id, n.data, model.edges) : []; })()
      : (() => { const e = model.edges.find((x) => x.id === menu.target.id); return e ? edgeActions(e) : []; })()
    : [];

  const refsOf = (kind: string) => model.nodes.filter((n) => n.data.kind === kind && n.data.ref).map((n) => n.data.ref as ObjectRef);
  const dialog = cmd.dialog;
  const trafficService = dialog?.type === 'traffic' ? (objects.get(dialog.nodeId) as KService | undefined) : undefined;

  const panel = selected && selected.data.kind !== 'group' ? (
    <SidePanel
      id={selected.id}
      data={selected.data}
      obj={objects.get(selected.id)}
      model={model}
      pods={lists.pods}
      namespace={namespace}
      history={history}
      actions={nodeActions(selected.id, selected.data, model.edges)}
      onCommand={cmd.onCommand}
      onClose={() => setSelectedId(undefined)}
    />
  ) : undefined;

  return (
    <>
      <TopologyToolbar
        hiddenKinds={hiddenKinds}
        onHiddenKinds={setHiddenKinds}
        search={search}
        onSearch={setSearch}
        onFind={onFind}
        onResetLayout={() => { resetLayout(); setLayoutEpoch((e) => e + 1); }}
      />
      {errors.map((e) => <Alert key={e.kind} variant="danger" isInline title={`Could not list ${e.kind}`}>{e.message}</Alert>)}
      {cmd.problem && (
        <Alert variant="danger" isInline title={cmd.problem} actionClose={<AlertActionCloseButton onClose={() => cmd.setProblem(undefined)} />} data-testid="topology-problem" />
      )}
      {loading ? (
        <Spinner aria-label="Loading the topology" />
      ) : model.nodes.length === 0 ? (
        <EmptyState titleText="Nothing here yet" headingLevel="h2">
          <EmptyStateBody>
            This namespace has no services, sources, brokers or channels. <Link href={nsHref(namespace, 'add')}>Add one</Link>.
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <Drawer isExpanded={!!panel} isInline>
          <DrawerContent panelContent={panel}>
            <DrawerContentBody>
              <TopologyGraph
                key={layoutEpoch}
                model={model}
                positions={positions}
                filter={filter}
                selectedId={selectedId}
                focus={focus}
                onSelect={setSelectedId}
                onMoved={onMoved}
                onConnectIntent={cmd.onConnectIntent}
                onReconnectEdge={cmd.onReconnectEdge}
                onRemoveEdge={cmd.onRemoveEdge}
                onMenu={(target, at) => setMenu({ target, at })}
              />
            </DrawerContentBody>
          </DrawerContent>
        </Drawer>
      )}
      {menu && <ContextMenu at={menu.at} actions={menuActions} onPick={cmd.onCommand} onClose={() => setMenu(undefined)} />}
      {dialog?.type === 'trigger' && (
        <TriggerDialog
          brokers={refsOf('broker')}
          subscribers={refsOf('service')}
          broker={dialog.broker}
          subscriber={dialog.subscriber}
          onCreate={(t) => actions.create(t)}
          onClose={() => cmd.setDialog(undefined)}
        />
      )}
      {dialog?.type === 'confirm' && <ConfirmDialog request={dialog.request} onClose={() => cmd.setDialog(undefined)} />}
      {dialog?.type === 'pick' && <PickTargetDialog {...dialog.props} onClose={() => cmd.setDialog(undefined)} />}
      {dialog?.type === 'traffic' && trafficService && (
        <TrafficEditorModal
          service={trafficService}
          revisions={lists.revisions.filter((r) => r.metadata.labels?.['serving.knative.dev/service'] === trafficService.metadata.name) as Revision[]}
          onClose={() => cmd.setDialog(undefined)}
          onApply={async (traffic) => (await actions.patch(objectRef(trafficService), { spec: { traffic } })) as KService}
        />
      )}
    </>
  );
}

function objectRef(o: KService): ObjectRef {
  return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace ?? '' };
}
