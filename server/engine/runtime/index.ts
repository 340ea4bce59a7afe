import type { EngineContext, EnginePart } from '../context';
import { startDeploymentController } from './deployment-controller';
import { startKubelet } from './kubelet';
import { killLeftoverPods } from './pid-files';
import { WarmPool } from './warm-pool';

export { registerProgram } from './programs';
export { POD_PORT_ANNOTATION, logFileFor } from './kubelet';
export { isPodReady } from './deployment-controller';

/**
 * Pods on this machine: Deployments make Pods, the kubelet runs each Pod as a
 * child process. ENGINE_WARM_POOL sets how many idle Node.js processes wait
 * for the next pod start (default 2; 0 spawns on demand).
 */
export function startRuntime(ctx: Pick<EngineContext, 'store' | 'config'>): EnginePart {
  const killed = killLeftoverPods(ctx.config.dataDir);
  if (killed > 0) console.log(`[runtime] killed ${killed} pod process(es) left by a previous engine`);
  const poolSize = Number(process.env.ENGINE_WARM_POOL ?? 2);
  const pool = new WarmPool(Number.isFinite(poolSize) && poolSize >= 0 ? poolSize : 2);
  const kubelet = startKubelet({ store: ctx.store, dataDir: ctx.config.dataDir, pool });
  const deployments = startDeploymentController(ctx.store);
  return {
    async stop() {
      deployments.stop();
      await kubelet.stop();
      pool.stop();
    },
  };
}
