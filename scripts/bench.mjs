#!/usr/bin/env node
// `npm run bench [-- <name filter>]`: runs every bench/*.bench.ts one after the other
// (never in parallel: they would measure each other). Benchmarks print figures and never
// fail on them; the exit status is non-zero only when a benchmark could not run at all.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

if (files.length === 0) {
  console.log(filter ? `No benchmark matches "${filter}".` : 'No benchmarks in bench/.');
  process.exit(0);
}

const crashed = [];
for (const file of files) {
  console.log(`\n▶ ${file}\n`);
  const result = spawnSync('npx', ['tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) crashed.push(`${file} (exit ${result.status ?? result.signal})`);
}

console.log(`\n${files.length - crashed.length} of ${files.length} benchmarks ran.`);
if (crashed.length) {
  console.log(`Could not run: ${crashed.join(', ')}`);
  process.exit(1);
}
