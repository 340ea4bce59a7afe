'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { edgeRemoval, reconnectPatch, type ConnectionIntent, type ObjectRef, type TopologyEdge, type TopologyModel } from '@/lib/topology';
import type { ConfirmRequest } from './dialog-confirm';
import type { PickTargetProps } from './dialog-pick-target';
import type { MenuCommand } from './menu-actions';
import type { TopologyActions } from './use-topology-actions';

export type Dialog =
  | { type: 'trigger'; broker?: ObjectRef; subscriber?: ObjectRef }
  | { type: 'confirm'; request: ConfirmRequest }
  | { type: 'pick'; props: Omit<PickTargetProps, 'onClose'> }
  | { type: 'traffic'; nodeId: string };

/**
 * What the graph's gestures and menus do: each becomes a dialog or a single API
 * write. Failures of immediate writes (a drag that sets a sink) surface as `problem`
 * with the API's message; the graph changes only when the watch reports the result.
 */
export function useGraphCommands(model: TopologyModel, actions: TopologyActions) {
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog>();
  const [problem, setProblem] = useState<string>();
  const nodeData = useCallback((id: string) => model.nodes.find((n) => n.id === id)?.data, [model]);

  const attempt = useCallback((what: string, p: Promise<unknown>) => {
    setProblem(undefined);
    p.catch((e: Error) => setProblem(`${what}: ${e.message}`));
  }, []);

  const onConnectIntent = useCallback((intent: ConnectionIntent) => {
    if (intent.action === 'set-sink') attempt(intent.summary, actions.patch(intent.owner, intent.patch));
    else if (intent.action === 'create-subscription') attempt(intent.summary, actions.create(intent.object));
    else setDialog({ type: 'trigger', broker: intent.broker, subscriber: intent.subscriber });
  }, [actions, attempt]);

  const onReconnectEdge = useCallback((edge: TopologyEdge, targetId: string) => {
    const write = reconnectPatch(edge, nodeData(targetId));
    if (write) attempt(`Moving ${edge.owner?.kind} ${edge.owner?.name}`, actions.patch(write.owner, write.patch));
  }, [actions, attempt, nodeData]);

  const onRemoveEdge = useCallback((edge: TopologyEdge) => {
    const removal = edgeRemoval(edge);
    if (!removal) return;
    setDialog({
      type: 'confirm',
      request: {
        title: removal.action === 'delete' ? `Delete ${removal.owner.kind}?` : 'Disconnect?',
        body: `${removal.summary}. Events will no longer flow along this connection.`,
        confirmLabel: removal.action === 'delete' ? 'Delete' : 'Disconnect',
        danger: true,
        run: () => (removal.action === 'delete' ? actions.remove(removal.owner) : actions.patch(removal.owner, removal.patch)),
      },
    });
  }, [actions]);

  const onCommand = useCallback((c: MenuCommand) => {
    if (c.type === 'href') return router.push(c.href);
    if (c.type === 'traffic') return setDialog({ type: 'traffic', nodeId: c.nodeId });
    if (c.type === 'add-trigger') {
      const d = nodeData(c.nodeId);
      if (d?.ref) setDialog({ type: 'trigger', ...(d.kind === 'broker' ? { broker: d.ref } : { subscriber: d.ref }) });
      return;
    }
    if (c.type === 'delete-node') {
      const d = nodeData(c.nodeId);
      if (!d?.ref) return;
      const ref = d.ref;
      return setDialog({
        type: 'confirm',
        request: { title: `Delete ${ref.kind} ${ref.name}?`, body: `${ref.kind} ${ref.name} and everything it owns will be deleted.`, confirmLabel: 'Delete', danger: true, run: () => actions.remove(ref) },
      });
    }
    const edge = model.edges.find((e) => e.id === c.edgeId);
    if (!edge) return;
    if (c.type === 'remove-edge') return onRemoveEdge(edge);
    const options = model.nodes
      .filter((n) => n.id !== edge.target && reconnectPatch(edge, n.data))
      .map((n) => ({ id: n.id, label: `${n.data.resourceKind} ${n.data.name}` }));
    setDialog({
      type: 'pick',
      props: {
        title: `Move the ${edge.field} of ${edge.owner?.kind} ${edge.owner?.name}`,
        description: 'Events will be delivered to the chosen target instead.',
        options,
        onPick: async (id) => {
          const write = reconnectPatch(edge, nodeData(id));
          if (write) await actions.patch(write.owner, write.patch);
        },
      },
    });
  }, [actions, model, nodeData, onRemoveEdge, router]);

  return { dialog, setDialog, problem, setProblem, onConnectIntent, onReconnectEdge, onRemoveEdge, onCommand };
}
