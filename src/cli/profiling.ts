/**
 * `onedoor profiling …`: train, list, report and activate statistical risk models from
 * the command line (the same use cases as the admin API, audited as the CLI).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Database } from '../db/database';
import { isLanguage, type Language } from '../i18n';
import { createAccessService } from '../modules/access/service';
import { createAuditService } from '../modules/audit/service';
import { createProfilingService } from '../modules/profiling/service';
import { TrainRequest, type ModelReport } from '../modules/profiling/schema';
import { systemClock } from '../server/clock';
import { AppError } from '../server/errors';
import { createTranslator } from '../server/plugins/i18n';

type WithDatabase = <T>(work: (database: Database) => Promise<T>) => Promise<T>;

const CLI = { label: 'cli' };
const day = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('must be a day, YYYY-MM-DD');
  return value;
};
const number = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError('must be a number');
  return n;
};
const language = (value: string): Language => {
  if (!isLanguage(value)) throw new InvalidArgumentError('must be en, ru or hy');
  return value;
};
const pct = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function printReport(r: ModelReport) {
  console.log(`Model version ${r.modelVersion}${r.active ? ' (active)' : ''}: ${r.outcome.description}`);
  console.log(`  Spells registered ${r.window.from} … ${r.window.to}, outcomes as of ${r.asOf}; ${r.split.method} split${r.split.cutoff ? ` at ${r.split.cutoff}` : ''}`);
  console.log(`  Training: ${r.training.size} spells, ${r.training.longTerm} long-term, AUC ${pct(r.training.auc)}`);
  console.log(`  Held out: ${r.heldOut.size} spells, ${r.heldOut.longTerm} long-term, AUC ${pct(r.heldOut.auc)}, Brier ${pct(r.heldOut.brier)}`);
  console.log(`  Protected attributes used: ${r.protectedIncluded.length ? r.protectedIncluded.join(', ') : 'none'}`);
  console.log('  Calibration on the held-out set (bin: count, mean predicted → observed):');
  for (const b of r.calibration) console.log(`    ${String(b.bin).padStart(2)}: ${String(b.count).padStart(5)}  ${b.meanPredicted.toFixed(3)} → ${b.observedRate.toFixed(3)}`);
  console.log(`  Coefficients (log-odds; intercept ${r.intercept.toFixed(3)}):`);
  for (const c of r.coefficients) console.log(`    ${c.factor.padEnd(22)} ${c.coefficient.toFixed(3).padStart(7)}  ×${c.oddsRatio.toFixed(2)} odds  ${c.label}`);
}

export function profilingCommands(program: Command, withDatabase: WithDatabase) {
  const profiling = program.command('profiling').description('statistical risk of long-term unemployment: models trained on OneDoor\'s own history');
  const service = (database: Database) => {
    const audit = createAuditService({ db: database.db, clock: systemClock });
    return createProfilingService({ db: database.db, clock: systemClock, audit, access: createAccessService({ db: database.db, clock: systemClock, audit }) });
  };
  const lang = () => new Option('--lang <code>', 'language of labels and messages').argParser(language).default('en');

  profiling
    .command('train')
    .description('train a new model version on the outcome history (refuses when there is too little data)')
    .option('--as-of <day>', 'day the outcomes are read on (default today)', day)
    .option('--from <day>', 'earliest registration day to learn from', day)
    .option('--to <day>', 'latest registration day to learn from', day)
    .addOption(new Option('--split <method>', 'how to hold out the evaluation set').choices(['chronological', 'hashed']).default('chronological'))
    .option('--held-out-share <share>', 'share held out for evaluation', number, 0.25)
    .option('--seed <n>', 'seed of the hashed split', number, 1)
    .option('--l2 <penalty>', 'ridge penalty', number, 1)
    .option('--activate', 'make the new version the active one', false)
    .addOption(lang())
    .action((opts: { asOf?: string; from?: string; to?: string; split: 'chronological' | 'hashed'; heldOutShare: number; seed: number; l2: number; activate: boolean; lang: Language }) =>
      withDatabase(async (database) => {
        const started = Date.now();
        const { lang: language, ...options } = opts;
        // The same rules as the admin API (share, thresholds, penalty ranges).
        const request = TrainRequest.safeParse(options);
        if (!request.success) {
          for (const issue of request.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
          process.exitCode = 1;
          return;
        }
        try {
          printReport(await service(database).train(CLI, request.data, language));
          console.log(`Trained in ${Date.now() - started} ms.${opts.activate ? '' : ' Activate it with `profiling activate <version>`.'}`);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
          const t = (await createTranslator()).getFixedT(opts.lang);
          for (const f of error.details.fields ?? []) console.error(t(`field.${f.code}`, f.params ?? {}));
          process.exitCode = 1;
        }
      }),
    );

  profiling
    .command('models')
    .description('list the model versions')
    .action(() =>
      withDatabase(async (database) => {
        const models = await service(database).models();
        if (!models.length) console.log('No model has been trained yet: run `profiling train`.');
        for (const m of models) {
          console.log(`  ${String(m.modelVersion).padStart(3)} ${m.active ? 'active' : '      '} trained ${m.createdAt}  AUC ${pct(m.aucHeldOut)}  ${m.trainingSize}+${m.heldOutSize} spells  protected: ${m.protectedIncluded.join(', ') || 'none'}`);
        }
      }),
    );

  profiling
    .command('report')
    .description('print a model\'s report (default: the active one)')
    .argument('[version]', 'model version', number)
    .addOption(lang())
    .action((version: number | undefined, opts: { lang: Language }) =>
      withDatabase(async (database) => printReport(await service(database).report(CLI, version, opts.lang))),
    );

  profiling
    .command('activate')
    .description('make a model version the one that scores clients')
    .argument('<version>', 'model version', number)
    .action((version: number) =>
      withDatabase(async (database) => {
        const s = service(database);
        const model = (await s.models()).find((m) => m.modelVersion === version);
        if (!model) {
          console.error(`There is no model version ${version}.`);
          process.exitCode = 1;
          return;
        }
        await s.activate(CLI, version, model.version, 'en');
        console.log(`Model version ${version} is now active.`);
      }),
    );
}
