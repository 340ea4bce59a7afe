import type { EngineContext, EnginePart } from '../../context';
import { startApiServerSources } from './apiserver/controller';
import { startContainerSources } from './containersource/controller';
import { startPingSources } from './ping/controller';
import { createSend, type Send } from './send';
import { startSinkBindings } from './sinkbinding/controller';

export type { Send } from './send';

/**
 * The event sources: PingSource, ApiServerSource, SinkBinding, ContainerSource.
 * `send` defaults to the eventing dispatcher's delivery (5 retries, exponential
 * from 50ms); tests may pass their own.
 */
export async function startSources(ctx: EngineContext, send: Send = createSend(ctx.config.ingressPort)): Promise<EnginePart> {
  // The API as the kubeconfig names it (https; the same port answers http too).
  const apiUrl = `https://${ctx.config.host}:${ctx.config.apiPort}`;
  const parts = [
    startPingSources(ctx.store, send),
    startApiServerSources(ctx.store, send, apiUrl),
    startSinkBindings(ctx.store, ctx.config.ingressPort),
    startContainerSources(ctx.store),
  ];
  return {
    async stop() {
      for (const p of parts) p.stop();
    },
  };
}
