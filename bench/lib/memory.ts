/**
 * Memory figures for benchmarks that run in their own process: heap and RSS at a point,
 * after a full garbage collection so a delta is what is retained, not what is waiting to
 * be collected; and the process's peak RSS (the kernel's high-water mark), which also
 * catches short-lived peaks inside one synchronous call no sampling could see.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts each file without --expose-gc; the flag can still be set at run
// time, and a fresh context then sees the gc function.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface MemorySnapshot {
  heapUsed: number;
  rss: number;
}

/** Heap in use and resident set size, in bytes, after a full collection. */
export function memoryNow(): MemorySnapshot {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

/** The most resident memory the process has had so far, in bytes. */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

/** "heap +12.3 MB, RSS +20.1 MB" from one snapshot to another. */
export const memoryDelta = (from: MemorySnapshot, to: MemorySnapshot) =>
  `heap ${signedMb(to.heapUsed - from.heapUsed)}, RSS ${signedMb(to.rss - from.rss)}`;
