import { eventingBench } from './eventing';
import { observeBench } from './observe';
import { servingBench } from './serving';
import { formatTable, type BenchRow } from './table';
import { topologyBench } from './topology';

/** A benchmark: `npm run bench -- NAME…` runs the named ones, `npm run bench` all of them. */
export interface Bench {
  name: string;
  title: string;
  run(): Promise<BenchRow[]>;
}

const benches: Bench[] = [servingBench, eventingBench, topologyBench, observeBench];

async function main() {
  const wanted = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = wanted.filter((n) => !benches.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')} (have: ${benches.map((b) => b.name).join(', ')})`);
    process.exit(2);
  }
  const selected = wanted.length > 0 ? benches.filter((b) => wanted.includes(b.name)) : benches;
  const results: { bench: Bench; rows?: BenchRow[]; error?: unknown }[] = [];
  for (const bench of selected) {
    console.log(`\n== ${bench.name}: ${bench.title} ==`);
    try {
      results.push({ bench, rows: await bench.run() });
    } catch (error) {
      console.error(`bench ${bench.name} failed:`, error);
      results.push({ bench, error });
    }
  }
  for (const r of results) {
    console.log(`\n### ${r.bench.title}\n`);
    console.log(r.rows ? formatTable(r.rows) : `failed: ${r.error instanceof Error ? r.error.message : String(r.error)}`);
  }
  process.exit(results.some((r) => r.error) ? 1 : 0);
}

void main();
