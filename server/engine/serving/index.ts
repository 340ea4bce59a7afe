import { startAutoscaler } from '../autoscaler';
import type { EngineContext, EnginePart } from '../context';
import { startDataplane } from '../dataplane';
import { startRuntime } from '../runtime';
import { startReconcilers } from './reconcilers';

/**
 * Knative Serving on this machine: the runtime (Deployments → Pods as
 * processes), the autoscaler (PodAutoscalers → replicas), the Service /
 * Configuration / Revision / Route controllers, and the app data plane on the
 * ingress. Stopped in reverse order, pods last.
 */
export async function startServing(ctx: EngineContext): Promise<EnginePart> {
  // First: pods recorded Ready by a previous run must read not-ready before the data plane looks.
  const runtime = startRuntime(ctx);
  const autoscaler = startAutoscaler(ctx);
  const dataplane = startDataplane(ctx, { sink: autoscaler.sink, activatorMode: (rev) => autoscaler.activatorMode(rev) });
  const reconcilers = startReconcilers(ctx.store, { ingressPort: ctx.config.ingressPort, autoscaling: autoscaler.config });
  return {
    async stop() {
      reconcilers.stop();
      await dataplane.stop();
      await autoscaler.stop();
      await runtime.stop();
    },
  };
}
