/**
 * Duplicate search at intake (the single-registry rule): any registering office may look
 * up whether a person is already registered, whoever registered them, so nobody is
 * registered twice. Legal basis: public task. Candidates therefore carry minimal identity
 * only, plus whether the caller may open the full record; every candidate shown is
 * audited as a read of that person's identity, in the same transaction as the search.
 */
import { fieldError } from '../../server/errors';
import { visibleCategories } from '../access/policy';
import { nameKey } from './match-key';
import { normaliseNationalId } from './national-id';
import { findCandidates } from './search-repo';
import { nearBirthDates, scoreCandidate, type ScoringQuery } from './search-score';
import type { SearchCandidate, SearchQuery } from './schema-records';
import type { Caller, PeopleDeps } from './shared';
import { detectScript } from './transliterate';

const PURPOSE = 'case_work' as const;
const MAX_CANDIDATES = 10;

export function searchPeople(deps: PeopleDeps) {
  const { db, audit, access } = deps;
  return async (caller: Caller, query: SearchQuery): Promise<{ candidates: SearchCandidate[] }> => {
    const givenName = query.givenName || null;
    const familyName = query.familyName || null;
    const nationalId = query.nationalId ? normaliseNationalId(query.nationalId) : null;
    if (!familyName && !nationalId) throw fieldError('familyName', 'name_or_national_id_required');
    const q: ScoringQuery = {
      givenName,
      familyName,
      givenKey: givenName ? nameKey(givenName) || null : null,
      familyKey: familyName ? nameKey(familyName) || null : null,
      script: detectScript(`${givenName ?? ''} ${familyName ?? ''}`),
      birthDate: query.birthDate ?? null,
      nationalId,
    };
    return db.transaction().execute(async (trx) => {
      const rows = await findCandidates(trx, {
        givenKey: q.givenKey,
        familyKey: q.familyKey,
        birthDates: q.birthDate ? [q.birthDate, ...nearBirthDates(q.birthDate)] : [],
        nationalId,
      });
      const ranked = rows
        .map((row) => ({ row, ...scoreCandidate(q, row) }))
        .sort((a, b) => b.score - a.score || a.row.onedoor_id.localeCompare(b.row.onedoor_id))
        .slice(0, MAX_CANDIDATES);
      const decisions = await access.decideMany(caller.viewer, ranked.map((r) => r.row.id), PURPOSE, trx);
      for (const { row } of ranked) {
        await audit.record(trx, caller.actor, {
          action: 'person.search_result', subjectType: 'person', subjectId: row.id, personId: row.id, purpose: PURPOSE,
          details: { categories: ['identity'], basis: 'public_task', scope: 'duplicate_check' },
        });
      }
      return {
        candidates: ranked.map(({ row, score, reasons }) => {
          const decision = decisions.get(row.id);
          return {
            id: row.id,
            onedoorId: row.onedoor_id,
            givenName: row.given_name,
            familyName: row.family_name,
            patronymic: row.patronymic,
            nameScript: row.name_script as SearchCandidate['nameScript'],
            birthDate: row.birth_date,
            municipalityCode: row.municipality_code,
            score,
            reasons,
            canOpen: decision !== undefined && visibleCategories(decision).length > 0,
          };
        }),
      };
    });
  };
}
