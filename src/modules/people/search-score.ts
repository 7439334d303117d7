/**
 * Ranks duplicate candidates and says why each one came up, so the intake worker can
 * judge. Points: name similarity up to 50, birth date 30 (exact) / 18 (a day off, or day
 * and month swapped) / 8 (same year), national id 50; the score is points / 100, capped.
 */
import type { Script } from './transliterate';
import { NAME_THRESHOLD, type CandidateRow } from './search-repo';
import type { SearchReason } from './schema-records';

export interface ScoringQuery {
  givenName: string | null;
  familyName: string | null;
  givenKey: string | null;
  familyKey: string | null;
  script: Script;
  birthDate: string | null;
  nationalId: string | null;
}

const swapDayMonth = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** The dates a typo or a day/month mix-up would turn the given birth date into. */
export function nearBirthDates(d: string): string[] {
  const day = dayNumber(d);
  const near = [day - 1, day + 1].map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const swapped = swapDayMonth(d);
  const real = !Number.isNaN(dayNumber(swapped)) && new Date(`${swapped}T00:00:00Z`).toISOString().slice(0, 10) === swapped;
  return [...near, ...(real && swapped !== d ? [swapped] : [])];
}

function birthPoints(query: string | null, candidate: string): { points: number; reason?: SearchReason } {
  if (!query) return { points: 0 };
  if (candidate === query) return { points: 30, reason: 'same_birth_date' };
  if (nearBirthDates(query).includes(candidate)) return { points: 18, reason: 'similar_birth_date' };
  if (candidate.slice(0, 4) === query.slice(0, 4)) return { points: 8, reason: 'same_birth_year' };
  return { points: 0 };
}

const lower = (s: string | null) => s?.trim().toLocaleLowerCase() ?? null;

export function scoreCandidate(q: ScoringQuery, c: CandidateRow): { score: number; reasons: SearchReason[] } {
  const reasons: SearchReason[] = [];
  let points = 0;
  if (q.nationalId && c.national_id === q.nationalId) {
    points += 50;
    reasons.push('national_id_match');
  }
  if (q.familyKey) {
    const nameSim = q.givenKey ? (c.given_sim + 2 * c.family_sim) / 3 : c.family_sim;
    points += 50 * nameSim;
    const sameGiven = !q.givenName || lower(c.given_name) === lower(q.givenName);
    const sameKeys = c.family_name_key === q.familyKey && (!q.givenKey || c.given_name_key === q.givenKey);
    if (sameGiven && lower(c.family_name) === lower(q.familyName)) reasons.push('same_name');
    else if (sameKeys) reasons.push('name_same_after_transliteration');
    else if (nameSim >= NAME_THRESHOLD) reasons.push('name_similar');
    if (c.name_script !== q.script) reasons.push('different_script');
  }
  const birth = birthPoints(q.birthDate, c.birth_date);
  points += birth.points;
  if (birth.reason) reasons.push(birth.reason);
  return { score: Math.round(Math.min(points, 100)) / 100, reasons };
}
