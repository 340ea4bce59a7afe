import { startController } from '../../../controller/controller';
import type { KubeObject } from '../../../resources/types';
import type { Store } from '../../../store/store';
import { conditionsOf, writeStatus, type ConditionInput } from '../../status';
import { SOURCES_GR } from '../gr';
import type { Send } from '../send';
import { OIDC_IDENTITY_DISABLED, sinkStatus, sinkWatches } from '../sink';
import { DEFAULT_SCHEDULE } from './admission';
import { makePingEvent, pingSourceSource, PING_EVENT_TYPE } from './event';
import { parseSchedule } from './schedule';
import { PingScheduler } from './scheduler';

const GR = SOURCES_GR.pingsources;
const DEPENDENTS = ['SinkProvided', 'Deployed', 'OIDCIdentityCreated'];

/**
 * PingSources: resolve the sink, schedule the cron job (the engine is the
 * mtping adapter, so "Deployed" means the job is scheduled), and send a
 * dev.knative.sources.ping event to the sink on each tick.
 */
export function startPingSources(store: Store, send: Send) {
  const scheduler = new PingScheduler();
  const failures = new Map<string, number>();

  const fire = (key: string, sinkUri: string) => {
    const [namespace, name] = key.split('/');
    const source = store.get(GR, namespace, name);
    if (!source) return;
    send(sinkUri, makePingEvent(source)).then(
      () => failures.delete(key),
      (err: Error) => {
        const n = (failures.get(key) ?? 0) + 1;
        failures.set(key, n);
        // Say it the first times and then now and again, not on every tick of a `* * * * * *` schedule.
        if (n <= 3 || n % 60 === 0) console.error(`[pingsource ${key}] ${err.message}`);
      },
    );
  };

  const controller = startController({
    name: 'pingsource',
    store,
    gr: GR,
    watches: sinkWatches(store, GR),
    reconcile({ namespace, name }) {
      const key = `${namespace}/${name}`;
      const source = store.get(GR, namespace, name);
      if (!source || source.metadata.deletionTimestamp) {
        scheduler.remove(key);
        return;
      }
      const sink = sinkStatus(store, namespace, source.spec?.sink);
      const schedule = parseSchedule(source.spec?.schedule || DEFAULT_SCHEDULE, source.spec?.timezone);
      let deployed: ConditionInput;
      if ('field' in schedule) {
        scheduler.remove(key);
        deployed = { type: 'Deployed', status: 'False', reason: 'InvalidSchedule', message: `spec.${schedule.field}: ${schedule.message}` };
      } else if (!sink.uri) {
        scheduler.remove(key);
        deployed = { type: 'Deployed', status: 'Unknown', reason: 'SinkNotResolved', message: 'The schedule starts once the sink resolves.' };
      } else {
        const sinkUri = sink.uri;
        // The event is built from the stored object at each tick; only what the job itself needs is in its fingerprint.
        scheduler.set(key, JSON.stringify([schedule, sinkUri]), { schedule, fire: () => fire(key, sinkUri) });
        deployed = { type: 'Deployed', status: 'True' };
      }
      writePingStatus(store, source, sink, deployed);
    },
  });

  return {
    stop() {
      controller.stop();
      scheduler.stop();
    },
  };
}

function writePingStatus(store: Store, source: KubeObject, sink: ReturnType<typeof sinkStatus>, deployed: ConditionInput) {
  const status: Record<string, unknown> = {
    conditions: conditionsOf(source.status?.conditions, [sink.condition, deployed, OIDC_IDENTITY_DISABLED], DEPENDENTS),
    ceAttributes: [{ type: PING_EVENT_TYPE, source: pingSourceSource(source.metadata.namespace ?? '', source.metadata.name) }],
  };
  if (sink.uri) status.sinkUri = sink.uri;
  writeStatus(store, GR, source, status);
}
