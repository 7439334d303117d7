/**
 * Statistical profiling: training and activating model versions (administrators), the
 * risk of one client with its reasons (through the access policy, audited), and the
 * model and fairness reports (aggregates only, audited).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { Clock } from '../../server/clock';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import { dayOf } from './dates';
import { fairnessByDimension } from './fairness';
import { featureByName, HELD_PROTECTED, PROTECTED_ATTRIBUTES, type ProtectedAttribute } from './features';
import { label } from './labels';
import * as repo from './repo';
import type { AttributeChange, FairnessQuery, FairnessReport, TrainRequest } from './schema';
import { scorePerson, type RiskScore } from './scoring';
import { activateModel, trainModel, type TrainOptions } from './train';
import { attributeView, groupLabel, modelReport, modelSummary, riskView } from './views';

export interface Caller {
  viewer: Viewer;
  actor: AuditActor;
}

export type ProfilingService = ReturnType<typeof createProfilingService>;

const noModel = (version?: number) =>
  new AppError('not_found', { fields: [{ field: 'modelVersion', code: version ? 'profiling_unknown_model' : 'profiling_no_active_model', params: { version } }] });

export function createProfilingService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService; access: AccessService }) {
  const { db, clock, audit, access } = deps;

  async function modelOrFail(trx: Kysely<DB>, version?: number) {
    const model = version ? await repo.findModel(trx, version) : await repo.activeModel(trx);
    if (!model) throw noModel(version);
    return model;
  }

  /** The risk of one client: the viewer must see the record and every data category the model reads. */
  async function risk({ viewer, actor }: Caller, personId: string, at: string | undefined, lang: Language) {
    return audit.transaction(async (trx) => {
      const decision = await access.requireCategory(viewer, personId, 'employment', 'case_work', trx);
      const model = await modelOrFail(trx);
      const needed = new Set<DataCategory>(model.features.map((f) => featureByName(f).category));
      for (const category of needed) if (!canSee(decision, category)) throw new AppError('forbidden');
      const score = (await scorePerson(trx, personId, at ?? dayOf(clock.now()), model))!;
      await access.recordRead(trx, actor, {
        personId, action: 'profiling.risk.read', purpose: 'case_work', decision, subjectType: 'profiling_model', subjectId: model.id,
        extra: { modelVersion: model.number, at: score.at },
      });
      return riskView(score, lang);
    });
  }

  async function train(actor: AuditActor, request: Partial<TrainRequest> & { minimums?: TrainOptions['minimums'] }, lang: Language) {
    return modelReport(await trainModel({ db, clock, audit }, actor, request), lang);
  }

  async function activate(actor: AuditActor, version: number, expectedVersion: number, lang: Language) {
    return db.transaction().execute(async (trx) => {
      const model = await modelOrFail(trx, version);
      if (model.version !== expectedVersion) throw versionConflict(model.version);
      return modelReport(await activateModel(trx, audit, actor, model, clock.now(), expectedVersion), lang);
    });
  }

  async function report(actor: AuditActor, version: number | undefined, lang: Language) {
    return audit.transaction(async (trx) => {
      const model = await modelOrFail(trx, version);
      await audit.record(trx, actor, { action: 'profiling.model.read', subjectType: 'profiling_model', subjectId: model.id, purpose: 'evaluation', details: { number: model.number } });
      return modelReport(model, lang);
    });
  }

  async function fairness(actor: AuditActor, query: FairnessQuery, lang: Language): Promise<FairnessReport> {
    return audit.transaction(async (trx) => {
      const model = await modelOrFail(trx, query.modelVersion);
      const rows = (await repo.heldOutScores(trx, model.id)).map((r) => ({
        score: r.score,
        longTerm: r.long_term,
        groups: {
          sex: r.sex, age_band: r.age_band, disability: r.disability ? 'yes' : 'no',
          municipality: r.municipality_code ?? 'unknown', region: r.region ?? 'unknown',
        },
      }));
      const { overall, dimensions } = fairnessByDimension(rows, model.intensive_threshold, query.minCellSize);
      const names = new Map((await repo.municipalityNames(trx)).map((m) => [m.code, { en: m.name_en, ru: m.name_ru, hy: m.name_hy }]));
      await audit.record(trx, actor, {
        action: 'profiling.fairness.read', subjectType: 'profiling_model', subjectId: model.id, purpose: 'evaluation',
        details: { number: model.number, minCellSize: query.minCellSize },
      });
      return {
        modelVersion: model.number,
        intensiveThreshold: model.intensive_threshold,
        minCellSize: query.minCellSize,
        heldOutSize: model.held_out_size,
        protectedIncluded: model.protected_included as ProtectedAttribute[],
        notHeld: PROTECTED_ATTRIBUTES.filter((a) => !HELD_PROTECTED.includes(a)),
        overall: { ...overall, label: groupLabel('all', overall, lang, names) },
        dimensions: dimensions.map((d) => ({
          dimension: d.dimension,
          label: label(lang, `dimension.${d.dimension}`),
          groups: d.groups.map((g) => ({ ...g, label: groupLabel(d.dimension, g, lang, names) })),
        })),
      };
    });
  }

  async function setAttribute(actor: AuditActor, attribute: ProtectedAttribute, change: AttributeChange, lang: Language) {
    if (change.included && !HELD_PROTECTED.includes(attribute)) throw fieldError('included', 'profiling_attribute_not_held');
    if (change.included && !change.reason) throw fieldError('reason', 'profiling_reason_required');
    return db.transaction().execute(async (trx) => {
      const current = await repo.findAttribute(trx, attribute);
      if (!current) throw new AppError('not_found');
      if (current.version !== change.version) throw versionConflict(current.version);
      const updated = await repo.updateAttribute(trx, attribute, {
        included: change.included, reason: change.reason, changed_by: actor.userId ?? null, changed_at: clock.now(), expectedVersion: change.version,
      });
      if (!updated) throw versionConflict(current.version);
      await audit.record(trx, actor, {
        action: 'profiling.protected_attribute.changed', subjectType: 'profiling_protected_attribute', subjectId: attribute, purpose: 'administration',
        details: { attribute, from: current.included, to: change.included },
      });
      return attributeView(updated, lang);
    });
  }

  return {
    risk,
    train,
    activate,
    report,
    fairness,
    setAttribute,
    models: async () => (await repo.listModels(db)).map(modelSummary),
    attributes: async (lang: Language) => (await repo.listAttributes(db)).map((a) => attributeView(a, lang)),
    /**
     * For other modules' services, which must check access themselves (the assessment's
     * finalising): the active model's score of a person on a day, null when no model is active.
     */
    scoreActive: (trx: Kysely<DB>, personId: string, day: string): Promise<RiskScore | null> => scorePerson(trx, personId, day),
    /** A stored score as the API shows it, labels in the language given. */
    riskView: (score: RiskScore, lang: Language) => riskView(score, lang),
  };
}
