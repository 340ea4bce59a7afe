import { isDNS1035Label } from './dns';
import { generic, invalidValue, missingField, outOfBounds, via, type Causes } from './field';

export const DEFAULT_TIMEOUT_SECONDS = 300;
export const MAX_TIMEOUT_SECONDS = 600;
export const MAX_CONTAINER_CONCURRENCY = 1000;
export const USER_CONTAINER = 'user-container';

/** Ports queue-proxy and the activator own (pkg/networking/constants.go); a user container may not claim them. */
const RESERVED_PORTS = new Set([8012, 8013, 8022, 8112, 9090, 9091]);
const RESERVED_ENV = new Set(['PORT', 'K_SERVICE', 'K_CONFIGURATION', 'K_REVISION']);

/* eslint-disable @typescript-eslint/no-explicit-any -- a PodSpec is open-ended JSON */
type Spec = Record<string, any>;

/**
 * RevisionSpec.SetDefaults (revision_defaults.go): the fields a Knative
 * cluster fills in, so `kubectl get ksvc -o yaml` reads the same here.
 */
export function defaultRevisionSpec(spec: Spec): Spec {
  spec.containerConcurrency ??= 0;
  spec.timeoutSeconds ??= DEFAULT_TIMEOUT_SECONDS;
  spec.enableServiceLinks ??= false;
  const containers: Spec[] = Array.isArray(spec.containers) ? spec.containers : [];
  const serving = containers.length === 1 ? containers[0] : containers.find((c) => c.ports?.length);
  containers.forEach((c, i) => {
    c.name ||= containers.length === 1 ? USER_CONTAINER : `${USER_CONTAINER}-${i}`;
    c.resources ??= {};
    if (c === serving) c.readinessProbe ??= { successThreshold: 1, tcpSocket: { port: 0 } };
  });
  return spec;
}

/** RevisionSpec.Validate: paths relative to the spec (`containerConcurrency`, `containers[0].image`). */
export function validateRevisionSpec(spec: Spec | undefined): Causes {
  if (!spec) return [missingField('')];
  const causes: Causes = [];
  const cc = spec.containerConcurrency;
  if (cc !== undefined && cc !== null && (!Number.isInteger(cc) || cc < 0 || cc > MAX_CONTAINER_CONCURRENCY)) {
    causes.push(outOfBounds(cc, 0, MAX_CONTAINER_CONCURRENCY, 'containerConcurrency'));
  }
  const ts = spec.timeoutSeconds;
  if (ts !== undefined && ts !== null && (!Number.isInteger(ts) || ts < 0 || ts > MAX_TIMEOUT_SECONDS)) {
    causes.push(outOfBounds(ts, 0, MAX_TIMEOUT_SECONDS, 'timeoutSeconds'));
  }
  for (const key of ['responseStartTimeoutSeconds', 'idleTimeoutSeconds'] as const) {
    const v = spec[key];
    if (v !== undefined && v !== null && (!Number.isInteger(v) || v < 0 || v > MAX_TIMEOUT_SECONDS)) {
      causes.push(outOfBounds(v, 0, MAX_TIMEOUT_SECONDS, key));
    }
  }
  const containers: Spec[] = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0) return [...causes, missingField('containers')];
  const withPorts = containers.filter((c) => c.ports?.length);
  if (containers.length > 1 && withPorts.length !== 1) {
    causes.push(
      generic(
        withPorts.length === 0
          ? 'exactly one container must define ports: expected exactly one, got neither'
          : 'exactly one container must define ports: expected exactly one, got both',
        'containers',
      ),
    );
  }
  containers.forEach((c, i) => causes.push(...via(validateContainer(c), `containers[${i}]`)));
  return causes;
}

function validateContainer(c: Spec): Causes {
  const causes: Causes = [];
  if (!c.image) causes.push(missingField('image'));
  if (c.name) for (const e of isDNS1035Label(c.name)) causes.push(invalidValue(e, 'name'));
  const ports: Spec[] = c.ports ?? [];
  if (ports.length > 1) causes.push(generic('more than one container port is set', 'ports'));
  ports.forEach((p, i) => {
    if (p.name && !['h2c', 'http1'].includes(p.name)) {
      causes.push(invalidValue(`"${p.name}"`, `ports[${i}].name`, 'Port name must be empty, http1 or h2c'));
    }
    if (RESERVED_PORTS.has(p.containerPort)) causes.push(invalidValue(p.containerPort, `ports[${i}].containerPort`));
    else if (p.containerPort !== undefined && (!Number.isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535)) {
      causes.push(outOfBounds(p.containerPort, 1, 65535, `ports[${i}].containerPort`));
    }
  });
  (c.env ?? []).forEach((e: Spec, i: number) => {
    if (!e.name) causes.push(missingField(`env[${i}].name`));
    else if (RESERVED_ENV.has(e.name)) causes.push(generic(`"${e.name}" is a reserved environment variable`, `env[${i}].name`));
  });
  return causes;
}

/**
 * validateRevisionName: a user-chosen revision name is a DNS-1035 label with
 * the parent's prefix. Paths relative to the template (`metadata.name`).
 */
export function validateRevisionName(name: string | undefined, parentName: string): Causes {
  if (!name) return [];
  const causes: Causes = [];
  for (const e of isDNS1035Label(name)) causes.push(invalidValue(`not a DNS 1035 label: ${e}`, 'metadata.name'));
  const prefix = `${parentName}-`;
  if (!name.startsWith(prefix)) causes.push(invalidValue(`"${name}" must have prefix "${prefix}"`, 'metadata.name'));
  return causes;
}
