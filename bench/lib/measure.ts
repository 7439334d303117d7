/**
 * Closed-loop baselines measured in the benchmark's own process, and the printing of
 * figures next to them: a number means little without what it is compared with.
 */

export interface Figures {
  perSecond: number;
  p50Ms: number;
  p97_5Ms: number;
  count: number;
}

/** Runs `operation` from `concurrency` workers back to back for `seconds`; latency in ms. */
export async function closedLoop(concurrency: number, seconds: number, operation: () => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await operation();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { perSecond: latencies.length / elapsed, p50Ms: at(0.5), p97_5Ms: at(0.975), count: latencies.length };
}

export interface Comparison {
  figure: string;
  value: number;
  baseline: number;
}

const num = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0 }) : 'n/a');

export function printComparisons(rows: readonly Comparison[]): void {
  const width = Math.max(...rows.map((r) => r.figure.length), 6);
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(6)}`);
  for (const r of rows) {
    const ratio = r.baseline > 0 ? (r.value / r.baseline).toFixed(2) : 'n/a';
    console.log(`${r.figure.padEnd(width)}  ${num(r.value).padStart(10)}  ${num(r.baseline).padStart(10)}  ${ratio.padStart(6)}`);
  }
}

export function printLatencies(rows: readonly { name: string; figures: Pick<Figures, 'p50Ms' | 'p97_5Ms' | 'count'> }[]): void {
  const width = Math.max(...rows.map((r) => r.name.length), 7);
  console.log(`${'latency'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p97.5 ms'.padStart(8)}  ${'samples'.padStart(8)}`);
  for (const { name, figures: f } of rows) {
    console.log(`${name.padEnd(width)}  ${num(f.p50Ms).padStart(8)}  ${num(f.p97_5Ms).padStart(8)}  ${num(f.count).padStart(8)}`);
  }
}
