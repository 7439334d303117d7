/**
 * Versions of the instrument and of the segmentation rules. Administrators create drafts,
 * edit them, and publish one: it becomes current and the previous one is retired, never
 * changed, so every assessment still renders on the version it was answered on.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError, versionConflict } from '../../server/errors';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import { isUniqueViolation } from './context';
import type { DefinitionSummary } from './definition-schema';
import * as repo from './definitions-repo';
import { InstrumentDefinition } from './schema-instrument';
import { RuleSetDefinition } from './schema-rules';

export type DefinitionKind = repo.DefinitionKind;
type DefinitionOf<K extends DefinitionKind> = K extends 'instrument' ? InstrumentDefinition : RuleSetDefinition;
export type Loaded<K extends DefinitionKind> = DefinitionSummary & { definition: DefinitionOf<K> };

const schemas = { instrument: InstrumentDefinition, segment_rules: RuleSetDefinition } as const;

// Parsing applies the schema's defaults; a row's content changes only with its version.
const parsed = new Map<string, unknown>();
function parse<K extends DefinitionKind>(kind: K, row: repo.DefinitionRow): DefinitionOf<K> {
  const key = `${row.id}:${row.version}`;
  if (!parsed.has(key)) parsed.set(key, schemas[kind].parse(row.definition));
  return parsed.get(key) as DefinitionOf<K>;
}

export const toSummary = (row: repo.DefinitionSummaryRow): DefinitionSummary => ({
  id: row.id,
  number: row.number,
  status: row.status as DefinitionSummary['status'],
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by,
  publishedAt: row.published_at?.toISOString() ?? null,
  publishedBy: row.published_by,
  version: row.version,
});

const loaded = <K extends DefinitionKind>(kind: K, row: repo.DefinitionRow): Loaded<K> => ({ ...toSummary(row), definition: parse(kind, row) });

export type DefinitionService = ReturnType<typeof createDefinitionService>;

export function createDefinitionService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  const record = (trx: Kysely<DB>, actor: AuditActor, action: string, row: { id: string; kind: string; number: number }) =>
    audit.record(trx, actor, { action, subjectType: 'assessment_definition', subjectId: row.id, purpose: 'administration', details: { kind: row.kind, number: row.number } });

  async function get<K extends DefinitionKind>(kind: K, id: string, trx: Kysely<DB> = db): Promise<Loaded<K>> {
    const row = await repo.findDefinition(trx, kind, id);
    if (!row) throw new AppError('not_found');
    return loaded(kind, row);
  }

  async function current<K extends DefinitionKind>(kind: K, trx: Kysely<DB> = db): Promise<Loaded<K>> {
    const row = await repo.findCurrent(trx, kind);
    // Migration 0010 publishes version 1 and publishing always replaces, so this means a broken database.
    if (!row) throw new Error(`No published ${kind} version`);
    return loaded(kind, row);
  }

  async function create<K extends DefinitionKind>(actor: AuditActor, kind: K, definition: DefinitionOf<K>): Promise<Loaded<K>> {
    try {
      return await db.transaction().execute(async (trx) => {
        const number = await repo.nextNumber(trx, kind);
        const row = await repo.insertDefinition(trx, { kind, number, definition, created_by: actor.userId ?? null });
        await record(trx, actor, 'assessment_definition.create', row);
        return loaded(kind, row);
      });
    } catch (error) {
      // Another administrator took the same number at the same moment.
      if (isUniqueViolation(error, 'assessment_definition_kind_number_key')) throw new AppError('already_exists');
      throw error;
    }
  }

  function update<K extends DefinitionKind>(actor: AuditActor, kind: K, id: string, input: { definition: DefinitionOf<K>; version: number }): Promise<Loaded<K>> {
    return db.transaction().execute(async (trx) => {
      const row = await repo.findDefinition(trx, kind, id);
      if (!row) throw new AppError('not_found');
      if (row.status !== 'draft') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'definition_not_draft' }] });
      if (!(await repo.updateDraft(trx, id, input.version, input.definition, clock.now()))) throw versionConflict(row.version);
      await record(trx, actor, 'assessment_definition.update', row);
      return get(kind, id, trx);
    });
  }

  async function publish<K extends DefinitionKind>(actor: AuditActor, kind: K, id: string, input: { version: number }): Promise<Loaded<K>> {
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await repo.findDefinition(trx, kind, id);
        if (!row) throw new AppError('not_found');
        if (row.status !== 'draft') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'definition_not_draft' }] });
        if (row.version !== input.version) throw versionConflict(row.version);
        const now = clock.now();
        await repo.retireCurrent(trx, kind, now);
        if (!(await repo.publishDraft(trx, id, input.version, actor.userId ?? null, now))) throw versionConflict(row.version);
        await record(trx, actor, 'assessment_definition.publish', row);
        return get(kind, id, trx);
      });
    } catch (error) {
      // Two drafts published at the same moment: one wins, the other reloads.
      if (isUniqueViolation(error, 'assessment_definition_current')) {
        const row = await repo.findDefinition(db, kind, id);
        throw versionConflict(row?.version ?? input.version);
      }
      throw error;
    }
  }

  return {
    get,
    current,
    list: async (kind: DefinitionKind) => (await repo.listDefinitions(db, kind)).map(toSummary),
    create,
    update,
    publish,
  };
}
