/**
 * Scoring finalised assessments with the shipped instrument and segmentation rules, as
 * finalising computes them: need scores per section (sectionScores), barriers with their
 * highest severity (barriersFrom) and the rules-based segment with its reasons
 * (evaluateRules). The definitions are read from a throw-away database on the local
 * PostgreSQL server, migrated (migration 0010 publishes version 1 of both) and loaded
 * through the definition service, schema defaults applied, as the app loads them; the
 * scoring itself is pure and runs in this process.
 *
 * 100,000 synthetic assessments (bench/lib/synthetic-assessments.ts: every question type,
 * answers skewed towards little need, the specialist part for 30 %) are generated first,
 * then scored in rounds of the whole set one after the other, each result looked at and
 * dropped as a batch writing results away would; then each of the three functions alone,
 * to show where the time goes. Reported: assessments per second (median round), total ms,
 * the peak heap and RSS above the start of a round (sampled; includes garbage not yet
 * collected), what keeping all results would retain, and the process's peak RSS.
 * Baseline: a loop over the same answers that only counts the answered questions
 * (isAnswered on every question of the instrument), so the ratio is the cost of real
 * scoring over merely visiting the answers. Issue target: over 10,000 assessments per
 * second on this machine. The rounds share the machine with whatever else runs (the load
 * average is printed): compare the median, and the ratios.
 *
 * Not included, because they are not scoring: the database reads and writes of finalising,
 * opening encrypted free-text answers, and the statistical risk score (a separate model).
 *
 * Run: `npm run bench -- assessment-scoring` (or `npx tsx bench/assessment-scoring.bench.ts`).
 * Needs the PostgreSQL server at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * for the definitions only. BENCH_ASSESSMENTS (default 100000) and BENCH_ROUNDS (3) resize it.
 */
import { loadavg } from 'node:os';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { isAnswered } from '../src/modules/assessment/answers';
import { createDefinitionService } from '../src/modules/assessment/definitions';
import type { InstrumentDefinition } from '../src/modules/assessment/schema-instrument';
import type { RuleSetDefinition, Segment } from '../src/modules/assessment/schema-rules';
import { barriersFrom, sectionScores } from '../src/modules/assessment/scoring';
import { evaluateRules } from '../src/modules/assessment/segment-rules';
import { createAuditService } from '../src/modules/audit/service';
import { systemClock } from '../src/server/clock';
import { printComparisons } from './lib/measure';
import { mb, memoryDelta, memoryNow, peakRss } from './lib/memory';
import { createFreshDatabase } from './lib/postgres';
import { syntheticAssessments, type SyntheticAssessment } from './lib/synthetic-assessments';

const COUNT = Number(process.env.BENCH_ASSESSMENTS ?? 100_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARM_UP = Math.min(COUNT, 5_000);
const TARGET_PER_SECOND = 10_000;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** The published instrument and rule set, loaded the way finalising loads them. */
async function shippedDefinitions() {
  const fresh = await createFreshDatabase();
  const database = await openDatabase({ url: fresh.url, poolSize: 2 });
  try {
    await migrate(database);
    const db = database.db;
    const definitions = createDefinitionService({ db, clock: systemClock, audit: createAuditService({ db, clock: systemClock }) });
    const instrument = await definitions.current('instrument');
    const rules = await definitions.current('segment_rules');
    return { serverVersion: fresh.serverVersion, instrument: instrument.definition, rules: rules.definition, numbers: [instrument.number, rules.number] };
  } finally {
    await database.close();
    await fresh.drop();
  }
}

/** What finalising computes from the answers and the person's facts. */
function scoreAssessment(instrument: InstrumentDefinition, rules: RuleSetDefinition, a: SyntheticAssessment) {
  const barriers = barriersFrom(instrument, a.answers);
  const outcome = evaluateRules(rules, { age: a.age, unemploymentMonths: a.unemploymentMonths, receivesBenefit: a.receivesBenefit, barriers });
  return { scores: sectionScores(instrument, a.answers), barriers, segment: outcome.segment, reason: outcome.reason };
}

/** Baseline: visit every question of the instrument and count the answered ones. */
function countAnswered(instrument: InstrumentDefinition, a: SyntheticAssessment) {
  let answered = 0;
  for (const section of instrument.sections) for (const q of section.questions) if (isAnswered(a.answers[q.id])) answered += 1;
  return answered;
}

interface Round { ms: number; peakHeap: number; peakRss: number }

const SAMPLE_EVERY = 5_000;

/**
 * Runs `work` over every assessment as a batch that writes each result away would: a
 * result is looked at (`tally`) and dropped. Heap and RSS are sampled every few thousand
 * assessments; the peaks are reported above the level at the start.
 */
function runRound<T>(assessments: readonly SyntheticAssessment[], work: (a: SyntheticAssessment) => T, tally: (result: T) => void = () => {}): Round {
  const before = memoryNow();
  let peakHeap = before.heapUsed;
  let peakRssSeen = before.rss;
  const start = performance.now();
  for (let i = 0; i < assessments.length; i++) {
    tally(work(assessments[i]!));
    if (i % SAMPLE_EVERY === 0) {
      const { heapUsed, rss } = process.memoryUsage();
      peakHeap = Math.max(peakHeap, heapUsed);
      peakRssSeen = Math.max(peakRssSeen, rss);
    }
  }
  const ms = performance.now() - start;
  return { ms, peakHeap: peakHeap - before.heapUsed, peakRss: peakRssSeen - before.rss };
}

const loaded = await shippedDefinitions();
const { instrument, rules } = loaded;
const questions = instrument.sections.flatMap((s) => s.questions);
const barrierRules = questions.reduce((n, q) => n + q.barriers.length, 0);
console.log(`PostgreSQL ${loaded.serverVersion} (definitions only): instrument v${loaded.numbers[0]} with ${instrument.sections.length} sections,`
  + ` ${questions.length} questions, ${barrierRules} barrier rules; segmentation rules v${loaded.numbers[1]} with ${rules.rules.length} rules.`);

const beforeGenerating = memoryNow();
const t = performance.now();
const assessments = syntheticAssessments(instrument, COUNT, 2026);
const generateMs = performance.now() - t;
const answers = assessments.reduce((n, a) => n + Object.keys(a.answers).length, 0);
console.log(`${fmt(COUNT)} synthetic assessments generated in ${fmt(generateMs)} ms (${fmt(answers / COUNT, 1)} answers each;`
  + ` ${memoryDelta(beforeGenerating, memoryNow())}); ${ROUNDS} rounds each; machine load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}\n`);

// Warm-up, not measured: the functions are compiled and optimised before the rounds.
const warm = assessments.slice(0, WARM_UP);
for (const a of warm) scoreAssessment(instrument, rules, a);
for (const a of warm) countAnswered(instrument, a);

const baselineRounds: Round[] = [];
let answered = 0;
for (let r = 0; r < ROUNDS; r++) baselineRounds.push(runRound(assessments, (a) => countAnswered(instrument, a), (n) => (answered += n)));
const scoringRounds: Round[] = [];
const segments = new Map<Segment, number>();
let barriersFound = 0;
for (let r = 0; r < ROUNDS; r++) {
  segments.clear();
  barriersFound = 0;
  scoringRounds.push(runRound(assessments, (a) => scoreAssessment(instrument, rules, a), (result) => {
    segments.set(result.segment, (segments.get(result.segment) ?? 0) + 1);
    barriersFound += result.barriers.length;
  }));
}
// Each function alone, to show where the time goes; the rules get the barriers found beforehand.
const barriersOf = new Map(assessments.map((a) => [a, barriersFrom(instrument, a.answers)]));
const parts: Record<string, (a: SyntheticAssessment) => unknown> = {
  sectionScores: (a: SyntheticAssessment) => sectionScores(instrument, a.answers),
  barriersFrom: (a: SyntheticAssessment) => barriersFrom(instrument, a.answers),
  evaluateRules: (a: SyntheticAssessment) =>
    evaluateRules(rules, { age: a.age, unemploymentMonths: a.unemploymentMonths, receivesBenefit: a.receivesBenefit, barriers: barriersOf.get(a)! }),
};
const partRounds = Object.entries(parts).map(([name, work]) => {
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(runRound(assessments, work));
  return { name: `  of which ${name} alone`, rounds };
});
barriersOf.clear();

// Memory if a caller kept every result of a batch (one more round, not timed).
const beforeKeeping = memoryNow();
const kept = assessments.map((a) => scoreAssessment(instrument, rules, a));
const keptMemory = memoryNow();

const perSecond = (rounds: Round[]) => COUNT / (median(rounds.map((r) => r.ms)) / 1000);
const rows = [
  { name: 'scoring (sectionScores + barriersFrom + evaluateRules)', rounds: scoringRounds },
  ...partRounds,
  { name: 'baseline: count answered questions', rounds: baselineRounds },
];
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'work'.padEnd(width)}  ${'per second'.padStart(11)}  ${'median ms'.padStart(9)}  ${'min ms'.padStart(8)}  ${'max ms'.padStart(8)}`
  + `  ${'peak heap +'.padStart(11)}  ${'peak RSS +'.padStart(11)}`);
for (const { name, rounds } of rows) {
  const ms = rounds.map((r) => r.ms);
  const worst = (pick: (r: Round) => number) => mb(Math.max(...rounds.map(pick))).padStart(11);
  console.log(`${name.padEnd(width)}  ${fmt(perSecond(rounds)).padStart(11)}  ${fmt(median(ms)).padStart(9)}  ${fmt(Math.min(...ms)).padStart(8)}`
    + `  ${fmt(Math.max(...ms)).padStart(8)}  ${worst((r) => r.peakHeap)}  ${worst((r) => r.peakRss)}`);
}
console.log(`\nKeeping all ${fmt(kept.length)} results in memory: ${memoryDelta(beforeKeeping, keptMemory)}`
  + ` (${fmt((keptMemory.heapUsed - beforeKeeping.heapUsed) / kept.length / 1024, 2)} KB per assessment).`);
console.log(`Peak RSS of the process (answers, results kept, and the database client): ${mb(peakRss())}.\n`);

const scoring = perSecond(scoringRounds);
printComparisons([
  { figure: 'scoring assessments/s vs answered-count loop/s', value: scoring, baseline: perSecond(baselineRounds) },
  { figure: 'scoring assessments/s vs target assessments/s', value: scoring, baseline: TARGET_PER_SECOND },
]);

// What was scored, so the figures are known to come from assessments that raise barriers and reach every segment.
console.log(`\nScored: ${fmt(barriersFound / COUNT, 2)} barriers per assessment; ${fmt(answered / ROUNDS / COUNT, 1)} answered questions;`
  + ` segments ${[...segments].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${fmt((100 * n) / COUNT, 1)} %`).join(', ')}.`);
console.log(`Target: over ${fmt(TARGET_PER_SECOND)} assessments per second: ${scoring > TARGET_PER_SECOND ? 'met' : 'NOT met'}`
  + ` (${fmt(scoring)} per second; ${fmt(COUNT)} in ${fmt(median(scoringRounds.map((r) => r.ms)))} ms).`);
