import type { AutoscalerConfig } from '../../autoscaler/config';
import type { Store } from '../../store/store';
import { startConfigurationReconciler } from './configuration';
import { startRevisionReconciler } from './revision';
import { startRouteReconciler } from './route';
import { startServiceReconciler } from './service';

/** Serving's controllers: Service, Configuration, Revision, Route. */
export function startReconcilers(store: Store, opts: { ingressPort: number; autoscaling: AutoscalerConfig }) {
  const controllers = [
    startServiceReconciler(store),
    startConfigurationReconciler(store),
    startRevisionReconciler(store, opts.autoscaling),
    startRouteReconciler(store, opts.ingressPort),
  ];
  return { stop: () => controllers.forEach((c) => c.stop()) };
}
