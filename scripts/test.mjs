#!/usr/bin/env node
// `npm test`: every non-browser test on embedded PGlite, then again on PostgreSQL when
// DATABASE_URL is set (each test file creates and drops its own database there).
// ONEDOOR_TEST_REPORT_DIR=<dir> also writes vitest JSON reports (used by .ci/run to count).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const reportDir = process.env.ONEDOOR_TEST_REPORT_DIR;
const { DATABASE_URL, ...baseEnv } = process.env;

function run(label, env) {
  console.log(`\n▶ npm test on ${label}\n`);
  const reporters = reportDir
    ? ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, `${label}.json`)}`]
    : [];
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  const result = spawnSync('npx', ['vitest', 'run', ...reporters, ...extra], { stdio: 'inherit', env });
  return result.status ?? 1;
}

let status = run('pglite', { ...baseEnv, TEST_DATABASE_URL: '' });
if (DATABASE_URL) status = run('postgres', { ...baseEnv, TEST_DATABASE_URL: DATABASE_URL }) || status;
process.exit(status);
