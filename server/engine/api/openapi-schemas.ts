/** Schema text for `kubectl explain`: kinds' descriptions (from Knative's and Kubernetes' API docs) and their top-level fields. */

const open = (description: string) => ({ description, type: 'object', 'x-kubernetes-preserve-unknown-fields': true });
const str = (description: string) => ({ description, type: 'string' });
const strMap = (description: string) => ({ description, type: 'object', additionalProperties: { type: 'string', default: '' } });

export const kindDescriptions: Record<string, string> = {
  Service:
    'Service acts as a top-level container that manages a Route and Configuration which implement a network service. Service exists to provide a singular abstraction which can be access controlled, reasoned about, and which encapsulates software lifecycle decisions such as rollout policy and team resource ownership.',
  Configuration:
    'Configuration represents the "floating HEAD" of a linear history of Revisions. Users create new Revisions by updating the Configuration\'s spec. The "latest created" revision\'s name is available under status, as is the "latest ready" revision\'s name.',
  Revision:
    'Revision is an immutable snapshot of code and configuration. A revision references a container image. Revisions are created by updates to a Configuration.',
  Route:
    'Route is responsible for configuring ingress over a collection of Revisions. Some of the Revisions a Route distributes traffic over may be specified by referencing the Configuration responsible for creating them; in these cases the Route is additionally responsible for monitoring the Configuration for "latest ready revision" changes, and smoothly rolling out latest revisions.',
  PodAutoscaler: 'PodAutoscaler is a Knative abstraction that encapsulates the interface by which Knative components instantiate autoscalers.',
  Broker: 'Broker collects a pool of events that are consumable using Triggers. Brokers provide a well-known endpoint for event delivery that senders can use with minimal knowledge of the event routing strategy.',
  Trigger: 'Trigger represents a request to have events delivered to a subscriber from a Broker\'s event pool.',
  EventType: 'EventType represents a type of event that can be consumed from a Broker.',
  Channel: 'Channel represents a generic Channel. It is normally used when we want a Channel, but do not need a specific Channel implementation.',
  Subscription: 'Subscription routes events received on a Channel to a DNS name and corresponds to the subscriptions.channels.knative.dev CRD.',
  Sequence: 'Sequence defines a sequence of Subscribers that will be wired in series through Channels and Subscriptions.',
  Parallel: 'Parallel defines conditional branches that will be wired in series through Channels and Subscriptions.',
  PingSource: 'PingSource is the Schema for the PingSources API: it sends a CloudEvent to its sink on a cron schedule.',
  ApiServerSource: 'ApiServerSource is the Schema for the apiserversources API: it turns changes to Kubernetes resources into CloudEvents.',
  SinkBinding: 'SinkBinding describes a Binding that is also a Source. The `sink` (from the Source duck) is resolved to a URL and then projected into the `subject` by augmenting the runtime contract of the referenced containers to have a `K_SINK` environment variable holding the endpoint to which to send cloud events.',
  ContainerSource: 'ContainerSource is the Schema for the containersources API: it runs a container image that sends CloudEvents to K_SINK.',
  Namespace: 'Namespace provides a scope for Names. Use of multiple namespaces is optional.',
  Pod: 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
  Event: 'Event is a report of an event somewhere in the cluster.',
  ConfigMap: 'ConfigMap holds configuration data for pods to consume.',
  Secret: 'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.',
  ServiceAccount: 'ServiceAccount binds together: a name, understood by users, and perhaps by peripheral systems, for an identity; a principal that can be authenticated and authorized; a set of secrets.',
  Deployment: 'Deployment enables declarative updates for Pods and ReplicaSets.',
};

/** The fields under the kind beside apiVersion/kind/metadata; spec/status for most. */
export function topLevelFields(kind: string): Record<string, object> {
  switch (kind) {
    case 'ConfigMap':
      return {
        data: strMap('Data contains the configuration data.'),
        binaryData: strMap('BinaryData contains the binary data (base64).'),
        immutable: { type: 'boolean', description: 'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated.' },
      };
    case 'Secret':
      return {
        data: strMap('Data contains the secret data, base64 encoded.'),
        stringData: strMap('stringData allows specifying non-binary secret data in string form.'),
        type: str('Used to facilitate programmatic handling of secret data.'),
        immutable: { type: 'boolean', description: 'Immutable, if set to true, ensures that data stored in the Secret cannot be updated.' },
      };
    case 'Event':
      return {
        involvedObject: open('The object that this event is about.'),
        reason: str('This should be a short, machine understandable string that gives the reason for the transition into the object\'s current status.'),
        message: str('A human-readable description of the status of this operation.'),
        type: str('Type of this event (Normal, Warning).'),
        count: { type: 'integer', description: 'The number of times this event has occurred.' },
        firstTimestamp: str('The time at which the event was first recorded.'),
        lastTimestamp: str('The time at which the most recent occurrence of this event was recorded.'),
        source: open('The component reporting this event.'),
      };
    case 'ServiceAccount':
      return {
        secrets: { type: 'array', items: open('A secret reference.'), description: 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.' },
      };
    default:
      return {
        spec: open(`Spec holds the desired state of the ${kind}.`),
        status: open(`Status communicates the observed state of the ${kind} (from the controller).`),
      };
  }
}

export const objectMetaSchema = {
  description: 'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
  type: 'object',
  properties: {
    name: str('Name must be unique within a namespace. Cannot be updated.'),
    generateName: str('GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.'),
    namespace: str('Namespace defines the space within which each name must be unique.'),
    uid: str('UID is the unique in time and space value for this object. Populated by the system. Read-only.'),
    resourceVersion: str('An opaque value that represents the internal version of this object, used for optimistic concurrency and watches. Read-only.'),
    generation: { type: 'integer', format: 'int64', description: 'A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.' },
    creationTimestamp: { type: 'string', format: 'date-time', description: 'CreationTimestamp is a timestamp representing the server time when this object was created. Read-only.' },
    deletionTimestamp: { type: 'string', format: 'date-time', description: 'DeletionTimestamp is the time after which this resource will be deleted. Read-only.' },
    labels: strMap('Map of string keys and values that can be used to organize and categorize (scope and select) objects.'),
    annotations: strMap('Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.'),
    ownerReferences: {
      type: 'array',
      description: 'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected.',
      items: open('OwnerReference contains enough information to let you identify an owning object.'),
    },
    finalizers: { type: 'array', items: { type: 'string', default: '' }, description: 'Must be empty before the object is deleted from the registry.' },
    managedFields: { type: 'array', items: open('Field management entry.'), description: 'ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.' },
  },
};
