export { LatencyHistogram, type LatencySummary } from './histogram';
export { runLoad, type LoadOptions, type LoadProgress, type LoadResult } from './run';
