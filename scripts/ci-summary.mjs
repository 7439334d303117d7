#!/usr/bin/env node
// Adds up the vitest JSON reports in a directory and prints "N passed, N failed".
// A suite that should have reported but did not counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const expected = ['pglite.json', 'postgres.json', 'e2e.json'];
let passed = 0;
let failed = 0;
for (const name of expected) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    failed += 1;
    console.log(`${name.replace('.json', '')}: no report (the suite did not run or crashed)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const suiteFailed = report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
  console.log(`${name.replace('.json', '')}: ${report.numPassedTests} passed, ${suiteFailed} failed`);
  passed += report.numPassedTests;
  failed += suiteFailed;
}
for (const extra of readdirSync(dir).filter((f) => !expected.includes(f))) console.log(`(ignored ${extra})`);
console.log(`${passed} passed, ${failed} failed`);
