/**
 * The counsellor's judgement on the rules-based segment: mostly agreeing, sometimes not,
 * for the reasons counsellors give. As in real employment services, some counsellors
 * override far more often than others, and overrides fall unevenly on groups of clients
 * (mothers of young children moved down from intensive support, older job seekers moved
 * up), which is what the override statistics are there to make visible.
 *
 * Reasons are stored encrypted and shown to everyone who may see the assessment, so they
 * speak of the plan and never of health, disability or a criminal record.
 */
import type { Answers } from '../../modules/assessment/answers';
import type { Segment } from '../../modules/assessment/schema-rules';
import type { FoundBarrier } from '../../modules/assessment/scoring';
import type { ClientSituation } from './assessment-answers';
import type { Rng } from './random';

/** How readily each demo case manager departs from the rules (1 = typical). */
const STYLE: Record<string, number> = {
  'anna.sargsyan@employment.onedoor.test': 0.6,
  'tigran.hakobyan@employment.onedoor.test': 1.8,
  'armen.vardanyan@employment.onedoor.test': 1.0,
  'narine.avetisyan@employment.onedoor.test': 0.5,
  'gohar.harutyunyan@welfare.onedoor.test': 1.2,
  'davit.mkrtchyan@welfare.onedoor.test': 0.8,
  'hovhannes.petrosyan@welfare.onedoor.test': 2.2,
  'siranush.ghazaryan@welfare.onedoor.test': 0.3,
};
export const counsellorStyle = (email: string) => STYLE[email] ?? 1;

const REASONS = {
  toSelfService: ['Client is experienced, searches actively and prefers to use the online services.'],
  upToStandard: [
    'Client has not applied for jobs on their own for years and asked for regular appointments.',
    'Client is unsure how to search and apply online; standard follow-up agreed.',
  ],
  upToIntensive: [
    'Long gap since the last job and few contacts; closer follow-up and a job club agreed.',
    'Housing and family situation need regular follow-up alongside the job search.',
  ],
  toSpecialist: ['A partner organisation\'s programme should come first; the job search starts after it.'],
  downForFamily: [
    'Client will not be available full time until childcare starts; standard support for now.',
    'Family duties leave little time this season; standard support agreed with the client.',
  ],
  downJobReady: [
    'Client has interviews lined up and searches actively; standard follow-up is enough.',
    'Client starts a training course next month; standard support until it ends.',
  ],
  specialistToIntensive: ['Client prefers to work with the office directly; the barriers are followed up in the plan.'],
} as const;

export interface Judgement {
  segment: Segment;
  /** Why the counsellor overrode the rules; null when they agreed. */
  reason: string | null;
}

interface Case {
  rules: Segment;
  barriers: readonly FoundBarrier[];
  answers: Answers;
  situation: ClientSituation;
  /** The counsellor's readiness to override (counsellorStyle). */
  style: number;
}

const has = (barriers: readonly FoundBarrier[], ...codes: string[]) => barriers.some((b) => codes.includes(b.code));

export function judge(c: Case, rng: Rng): Judgement {
  const { rules, barriers, answers: a, situation: s } = c;
  const months = s.unemployedMonths ?? 0;
  const candidates: [boolean, number, Segment, readonly string[]][] = [
    [rules === 'specialist' && !has(barriers, 'homelessness'), 0.3, 'intensive', REASONS.specialistToIntensive],
    [rules === 'intensive' && has(barriers, 'no_childcare', 'care_duties'), s.sex === 'female' ? 0.5 : 0.12, 'standard', REASONS.downForFamily],
    [rules === 'intensive' && a.mot_readiness === 'ready' && a.mot_wants_work === 'very_much', 0.4, 'standard', REASONS.downJobReady],
    [rules === 'standard' && s.age >= 50 && months >= 6, 0.4, 'intensive', REASONS.upToIntensive],
    [rules === 'standard' && (a.mot_readiness === 'not_ready' || a.mot_wants_work === 'not_now'), 0.25, 'intensive', REASONS.upToIntensive],
    [rules === 'standard' && s.disability, 0.15, 'specialist', REASONS.toSpecialist],
    [rules !== 'intensive' && rules !== 'specialist' && a.sn_support === 'nobody' && (a.hs_situation === 'temporary' || a.hs_eviction_risk === true), 0.35, 'intensive', REASONS.upToIntensive],
    [rules === 'self_service' && (a.mot_confidence === 'not_confident' || a.emp_last_worked === 'over_two_years' || a.emp_last_worked === 'never' || a.sk_digital === 'none'),
      0.45, 'standard', REASONS.upToStandard],
    [rules === 'standard' && a.mot_readiness === 'ready' && a.mot_wants_work === 'very_much' && s.age < 40, 0.15, 'self_service', REASONS.toSelfService],
  ];
  for (const [applies, chance, segment, reasons] of candidates) {
    if (applies && rng.chance(Math.min(0.9, chance * c.style))) return { segment, reason: rng.pick(reasons) };
  }
  return { segment: rules, reason: null };
}
