// Node flags for the engine process, shared by every place that starts it
// (scripts/start.mjs, test/engine-harness.ts, `npm run engine`).
//
// A larger young generation: at thousands of event deliveries a second most
// allocations (requests, responses, promises) die young, and with V8's default
// 16 MB semi-space they were scavenged so often that the GC threads used a
// third as much CPU as the event loop. The space only grows under such load.
export const ENGINE_NODE_FLAGS = ['--max-semi-space-size=32'];
