/**
 * Training the long-term-unemployment risk model on 200,000 historical episodes (spells
 * whose 12-month outcome is known), on the local PostgreSQL server. A throw-away database
 * is migrated and loaded with a synthetic register (bench/lib/synthetic-register.ts:
 * persons, households, spells, benefits; recent and open spells on top of the 200,000).
 * Then:
 *  - the training path one phase at a time, each the function trainModel calls, timed
 *    and followed by the heap and RSS it leaves: reading the histories (loadHistories),
 *    features (buildEpisodes), the chronological split, the design matrix, the fit
 *    (fitLogistic, IRLS), and the held-out metrics (AUC on both sets, Brier, calibration);
 *  - trainModel itself, end to end as `onedoor profiling train` runs it, which also
 *    stores the version and its 50,000 held-out scores (audited); the storing is the
 *    difference from the phases, so approximate.
 * Each phase against a baseline of the least such a step could cost: one plain SELECT of
 * the spell table; a loop that only visits every spell of every history; one pass of the
 * log-likelihood over the design matrix (any fit needs at least one; the ratio is about
 * the number of passes IRLS made); one typed-array sort of the scores. Reported: seconds
 * per phase, total, peak RSS, and the ratio to the target: training under 60 s.
 *
 * Run: `npm run bench -- profiling-training` (or `npx tsx bench/profiling-training.bench.ts`).
 * Needs the PostgreSQL server at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * and ~250 MB of disk; takes a minute or two, mostly loading. BENCH_EPISODES (default 200000) resizes it.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { createAuditService } from '../src/modules/audit/service';
import { buildEpisodes, splitEpisodes, type Episode } from '../src/modules/profiling/episodes';
import { selectFeatures, type PersonHistory, type ProtectedAttribute } from '../src/modules/profiling/features';
import { loadHistories } from '../src/modules/profiling/history-repo';
import { fitLogistic, logit, sigmoid, type Design } from '../src/modules/profiling/logistic';
import { auc, brier, calibration } from '../src/modules/profiling/metrics';
import * as profilingRepo from '../src/modules/profiling/repo';
import { trainModel } from '../src/modules/profiling/train';
import { systemClock } from '../src/server/clock';
import { printComparisons } from './lib/measure';
import { mb, memoryNow, peakRss, type MemorySnapshot } from './lib/memory';
import { createFreshDatabase } from './lib/postgres';
import { loadRegister, syntheticRegister } from './lib/synthetic-register';

const EPISODES = Number(process.env.BENCH_EPISODES ?? 200_000);
const AS_OF = '2026-06-30';
const TARGET_SECONDS = 60;
// trainModel's defaults, used by the phases too.
const SPLIT = 'chronological' as const;
const HELD_OUT_SHARE = 0.25;
const SEED = 1;
const L2 = 1;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;

interface Phase { name: string; ms: number; after: MemorySnapshot; baseline?: { name: string; ms: number } }
const phases: Phase[] = [];

async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases.push({ name, ms: performance.now() - start, after: memoryNow() });
  return result;
}
async function timed(work: () => unknown) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Baseline for reading: every spell of every history visited, nothing computed. */
function visitSpells(histories: readonly PersonHistory[]) {
  let n = 0;
  for (const h of histories) for (const s of h.spells) if (s.startedOn <= AS_OF) n += 1;
  return n;
}

/** Baseline for the fit: one pass of the (unpenalised) log-likelihood at the starting point, as fitLogistic's objective computes it. */
function logLikelihoodPass({ x, y, n, d }: Design, beta: Float64Array) {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[0]!;
    for (let j = 0; j < d; j++) z += beta[j + 1]! * x[i * d + j]!;
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i]! * z;
  }
  return loss;
}

const fresh = await createFreshDatabase();
const database = await openDatabase({ url: fresh.url, poolSize: 4 });
try {
  const db = database.db;
  await migrate(database);
  const start = memoryNow();

  // The generated rows are dropped once stored: the phases start from the database, as training does.
  const setUp = async () => {
    const t = performance.now();
    const register = syntheticRegister(EPISODES, AS_OF, 2026);
    const generateMs = performance.now() - t;
    await loadRegister(db, register);
    const { rows: [size] } = await sql<{ size: string }>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`.execute(db);
    return `${fmt(register.persons.id.length)} persons in ${fmt(register.households.id.length)} households, ${fmt(register.spells.personId.length)} spells`
      + ` (${fmt(register.knownSpells)} with a known outcome on ${AS_OF}, ${fmt((100 * register.longTermKnown) / register.knownSpells, 1)} % long-term),`
      + ` ${fmt(register.benefits.personId.length)} benefit receipts; database ${size!.size}; generated in ${seconds(generateMs)}, loaded in ${seconds(performance.now() - t - generateMs)}`;
  };
  console.log(`PostgreSQL ${fresh.serverVersion}, database ${fresh.name}: ${await setUp()}; machine load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}\n`);

  // 1. The phases, each the call trainModel makes, in its order.
  const included = (await profilingRepo.listAttributes(db)).filter((a) => a.included).map((a) => a.attribute as ProtectedAttribute);
  const features = selectFeatures(included).map((f) => f.name);
  const beforePhases = memoryNow();
  const histories = await phase('read histories (loadHistories, 4 queries)', () => loadHistories(db));
  phases.at(-1)!.baseline = { name: 'plain SELECT of the spell table', ms: await timed(() => db.selectFrom('unemployment_spell').select(['person_id', 'started_on', 'ended_on']).execute()) };
  const episodes = await phase('features (buildEpisodes)', () => buildEpisodes(histories, features, { asOf: AS_OF }));
  phases.at(-1)!.baseline = { name: 'visit every spell', ms: await timed(() => visitSpells(histories)) };
  const { training, heldOut } = await phase('split (chronological, 25 % held out)', () => splitEpisodes(episodes, SPLIT, HELD_OUT_SHARE, SEED));
  const d = features.length;
  const design = await phase('design matrix', (): Design => ({
    x: Float64Array.from(training.flatMap((e) => e.features)),
    y: Uint8Array.from(training.map((e) => (e.longTerm ? 1 : 0))),
    n: training.length,
    d,
  }));
  const fit = await phase('fit (fitLogistic, IRLS)', () => fitLogistic(design, { l2: L2 }));
  const start0 = new Float64Array(d + 1);
  phases.at(-1)!.baseline = { name: 'one log-likelihood pass', ms: await timed(() => logLikelihoodPass(design, start0)) };
  const metrics = await phase('metrics (AUC ×2, Brier, calibration)', () => {
    const score = (e: Episode) => sigmoid(logit(fit.intercept, fit.coefficients, e.features));
    const heldOutScores = heldOut.map(score);
    const heldOutOutcomes = heldOut.map((e) => e.longTerm);
    return {
      aucTraining: auc(training.map(score), training.map((e) => e.longTerm)),
      aucHeldOut: auc(heldOutScores, heldOutOutcomes),
      brier: brier(heldOutScores, heldOutOutcomes),
      calibration: calibration(heldOutScores, heldOutOutcomes),
      scores: heldOutScores,
    };
  });
  phases.at(-1)!.baseline = {
    name: 'sort the scores (Float64Array)',
    ms: await timed(() => Float64Array.from(training.map((e) => sigmoid(logit(fit.intercept, fit.coefficients, e.features)))).sort()),
  };
  const phasesMs = phases.reduce((s, p) => s + p.ms, 0);
  const peakAfterPhases = peakRss();

  // 2. trainModel end to end, as the command runs it (the phases' data let go first).
  histories.length = 0;
  episodes.length = 0;
  memoryNow();
  const deps = { db, clock: systemClock, audit: createAuditService({ db, clock: systemClock }) };
  let model: Awaited<ReturnType<typeof trainModel>> | undefined;
  const endToEndMs = await timed(async () => {
    model = await trainModel(deps, { label: 'bench' }, { asOf: AS_OF, split: SPLIT, heldOutShare: HELD_OUT_SHARE, seed: SEED, l2: L2 });
  });
  const { rows: [stored] } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM profiling_held_out_score`.execute(db);

  const width = Math.max(...phases.map((p) => p.name.length), 40);
  console.log(`${'phase'.padEnd(width)}  ${'time'.padStart(9)}  ${'heap after'.padStart(10)}  ${'RSS after'.padStart(10)}  baseline`);
  for (const p of phases) {
    const baseline = p.baseline ? `${p.baseline.name}: ${seconds(p.baseline.ms)}` : '';
    console.log(`${p.name.padEnd(width)}  ${seconds(p.ms).padStart(9)}  ${mb(p.after.heapUsed).padStart(10)}  ${mb(p.after.rss).padStart(10)}  ${baseline}`);
  }
  console.log(`${'phases together (no storing)'.padEnd(width)}  ${seconds(phasesMs).padStart(9)}`);
  console.log(`${'trainModel end to end'.padEnd(width)}  ${seconds(endToEndMs).padStart(9)}`);
  console.log(`${'  of which storing, by difference (≈)'.padEnd(width)}  ${seconds(Math.max(0, endToEndMs - phasesMs)).padStart(9)}  (model row, ${fmt(stored!.n)} held-out scores, audit)`);
  console.log(`\nMemory: heap ${mb(beforePhases.heapUsed)} and RSS ${mb(beforePhases.rss)} before the phases (${mb(start.heapUsed)} / ${mb(start.rss)} before generating);`
    + ` peak RSS of the process ${mb(peakAfterPhases)} after the phases, ${mb(peakRss())} at the end.`);
  console.log(`Model: ${d} features, ${fmt(training.length)} training and ${fmt(heldOut.length)} held-out episodes; IRLS ${fit.iterations} iterations`
    + ` (${fit.converged ? 'converged' : 'NOT converged'}); AUC ${fmt(metrics.aucTraining ?? NaN, 3)} training, ${fmt(metrics.aucHeldOut ?? NaN, 3)} held out;`
    + ` Brier ${fmt(metrics.brier, 4)}; trainModel stored version ${model?.number} with held-out AUC ${fmt(model?.auc_held_out ?? NaN, 3)}.\n`);

  const byName = (prefix: string) => phases.find((p) => p.name.startsWith(prefix))!;
  printComparisons([
    ...['read', 'features', 'fit', 'metrics'].map((prefix) => {
      const p = byName(prefix);
      return { figure: `${prefix} ms vs ${p.baseline!.name} ms`, value: p.ms, baseline: p.baseline!.ms };
    }),
    { figure: 'trainModel end to end s vs target s', value: endToEndMs / 1000, baseline: TARGET_SECONDS },
  ]);
  console.log(`\nTarget: training on ${fmt(EPISODES)} episodes under ${TARGET_SECONDS} s: ${endToEndMs / 1000 < TARGET_SECONDS ? 'met' : 'NOT met'}`
    + ` (${seconds(endToEndMs)} end to end; ${seconds(phasesMs)} without storing).`);

} finally {
  await database.close();
  await fresh.drop();
}
