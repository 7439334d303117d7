#!/usr/bin/env node
/**
 * Browser journeys end to end: build the web app, start the real server on a free port
 * with a fresh database and a small synthetic demo, wait until it is ready, run the
 * journeys (vitest + playwright-core), stop the server and exit with vitest's code.
 * Extra arguments go to vitest, e.g. `--reporter=json --outputFile=e2e-results.json`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const readyTimeoutMs = 120_000;
const vitestArgs = process.argv.slice(2);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, server) {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return false;
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function stop(server) {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 15_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    // The server runs in its own process group (npx → tsx → node): signal all of it.
    process.kill(-server.pid, 'SIGTERM');
  });
}

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = await freePort();
const baseUrl = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'onedoor-e2e-'));
const output = [];
// A fresh embedded database every run, even where DATABASE_URL points at a shared server.
const { DATABASE_URL: _shared, ...inherited } = process.env;
const server = spawn('npx', ['tsx', 'src/server/main.ts'], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...inherited,
    NODE_ENV: 'test',
    PORT: String(port),
    ONEDOOR_DATA_DIR: dataDir,
    // Enough outcome history for the risk model to train on start (the assessment journeys show its score).
    ONEDOOR_SEED_CLIENTS: '400',
    // The journeys sign in many times within a minute from one address.
    SIGN_IN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'warn',
  },
});
server.stdout.on('data', (chunk) => output.push(chunk));
server.stderr.on('data', (chunk) => output.push(chunk));

let code = 1;
try {
  if (!(await waitUntilReady(baseUrl, server))) {
    console.error(`The server did not become ready within ${readyTimeoutMs / 1000} s. Its output:\n`);
    console.error(Buffer.concat(output).toString());
  } else {
    console.log(`Server ready at ${baseUrl}; running the journeys.`);
    const vitest = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...vitestArgs], {
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl },
    });
    code = vitest.status ?? 1;
    if (code !== 0 && process.env.E2E_SERVER_LOG !== '0') {
      console.error('\nServer output (warnings and errors):\n' + Buffer.concat(output).toString().slice(-20_000));
    }
  }
} finally {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
