/**
 * Eventing: brokers, triggers, channels, subscriptions, sequences, parallels
 * (this folder) and sources (./sources, started from here).
 *
 * For sources and anything else that must send a CloudEvent to a sink:
 *   import { deliverTo } from './dispatch/deliver-to';
 *   await deliverTo(sinkUri, { attrs: { specversion: '1.0', id, source, type }, data }, { ingressPort, delivery? });
 * It speaks the HTTP binding (binary by default), sends cluster-local and
 * `.localhost` URLs through the engine's ingress (so a ksvc at zero is woken),
 * and retries in memory with Knative's backoff when given a DeliverySpec.
 */
import path from 'node:path';
import type { EngineContext, EnginePart } from '../context';
import type { Controller } from '../controller/controller';
import { BrokerIngress, brokerAddress, matchesBrokerRoute } from './broker/ingress';
import { startBrokerController } from './broker/controller';
import { startChannelController } from './channel/controller';
import { ChannelIngress, matchesChannelRoute } from './channel/ingress';
import { startSubscriptionController } from './channel/subscription-controller';
import { Dispatcher } from './dispatch/dispatcher';
import { closeSendPool } from './dispatch/send';
import { startParallelController } from './flows/parallel-controller';
import { startSequenceController } from './flows/sequence-controller';
import { createEventingMetrics } from './metrics';
import { EventQueue } from './queue/event-queue';
import { startSources } from './sources';
import { Topology } from './topology';
import { startTriggerController } from './trigger/controller';

export async function startEventing(ctx: EngineContext): Promise<EnginePart> {
  const { store, config } = ctx;
  const queue = new EventQueue(path.join(config.dataDir, 'eventing.db'));
  const topology = new Topology(store);
  // The closures below run only once everything is built (first scrape, first reply).
  const metrics = createEventingMetrics(ctx.registry, () => dispatcher.pending());
  const dispatcher: Dispatcher = new Dispatcher({
    queue,
    topology,
    metrics,
    ingressPort: config.ingressPort,
    replyToBroker: (ns, name, event) => broker.accept(ns, name, event),
    brokerUrl: (ns, name) => brokerAddress(config.ingressPort, ns, name),
  });
  const broker = new BrokerIngress({ topology, queue, dispatcher, metrics });
  const channel = new ChannelIngress({ topology, queue, dispatcher, metrics });
  ctx.ingress.addRoute(matchesBrokerRoute, broker.handle);
  ctx.ingress.addRoute((hostname) => matchesChannelRoute(hostname), channel.handle);

  const controllers: Controller[] = [
    startBrokerController(store, config.ingressPort),
    startTriggerController(store),
    startChannelController(store),
    startSubscriptionController(store),
    startSequenceController(store),
    startParallelController(store),
  ];

  // Whatever was queued when the engine last stopped (or was killed) is sent now.
  for (const d of queue.recover()) dispatcher.schedule(d);

  const sources = await startSources(ctx);

  return {
    async stop() {
      await sources.stop();
      for (const c of controllers) c.stop();
      await dispatcher.stop();
      topology.stop();
      await queue.close();
      await closeSendPool();
    },
  };
}
