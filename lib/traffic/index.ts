export * from './types';
export * from './rebalance';
export * from './convert';
export * from './validate';
export * from './diff';
export * from './tag-urls';
export * from './editor-state';
export * from './row-problems';
