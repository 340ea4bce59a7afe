import { Registry } from 'prom-client';

/** The one Prometheus registry the engine serves on /metrics; every part registers its metrics here. */
export const registry = new Registry();
