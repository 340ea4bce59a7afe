/** See node-flags.mjs (plain JS so that scripts/start.mjs can load it without tsx). */
export declare const ENGINE_NODE_FLAGS: string[];
