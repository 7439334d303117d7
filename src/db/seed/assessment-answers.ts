/**
 * What a client answers in a needs assessment, plausible for who they are: the register
 * (age, sex, education, disability, language, household) and their unemployment and
 * benefits on the day. Lasting traits (housing, skills, language, health, family) are
 * drawn once per client and carried into re-assessments, which then differ only where
 * life moves on (motivation, debts, childcare arranged at last). The client's own
 * self-assessment starts from the same situation seen through their eyes: more
 * optimistic about their digital skills and travel, quieter about debts and health.
 *
 * Question ids and option values are those of the shipped instrument (migration 0010);
 * the writer checks every answer against the instrument version read from the database.
 */
import type { AnswerValue, Answers } from '../../modules/assessment/answers';
import type { Rng } from './random';

export interface ClientSituation {
  age: number;
  sex: 'male' | 'female';
  /** education_level from the register: none … master_or_higher */
  education: string;
  disability: boolean;
  yerevan: boolean;
  script: string;
  language: string;
  interpreter: boolean;
  householdSize: number;
  /** The household receives the family benefit or social assistance. */
  assisted: boolean;
  /** A child care allowance now or in the last four years: a child below school age. */
  childCareAllowance: boolean;
  /** A court order on probation supervision is recorded for the lead agency. */
  onProbation: boolean;
  /** Whole months of the current registered unemployment spell; null when not registered. */
  unemployedMonths: number | null;
  /** Registered unemployed at some time before (a spell that has ended). */
  earlierSpell: boolean;
}

type Level = 'low' | 'vocational' | 'higher';

/** What does not change much from one assessment of a client to the next. */
export interface Traits {
  level: Level;
  occupation: string | null;
  experienceShare: number;
  qualification: boolean;
  digital: 'none' | 'basic' | 'good';
  wishes: string;
  drive: number;
  housing: 'own' | 'renting' | 'with_family' | 'temporary' | 'homeless';
  youngChildren: number;
  childcare: 'not_needed' | 'arranged' | 'partly' | 'not_arranged';
  careDuties: boolean;
  languageLevel: 'native' | 'fluent' | 'basic' | 'none';
  literate: boolean;
  otherLanguages: string[];
  travel: 'local_only' | 'up_to_30_min' | 'up_to_60_min' | 'over_60_min';
  transport: boolean;
  licence: boolean;
  support: 'many' | 'few' | 'nobody';
  jobContacts: boolean;
  health: 'no' | 'somewhat' | 'severely' | 'prefer_not_to_say';
  adaptation: boolean;
  treatment: boolean;
  criminalRecord: boolean;
  wellbeing: 'good' | 'moderate' | 'serious';
}

const OCCUPATIONS: Record<Level, readonly string[]> = {
  low: ['Construction labourer', 'Shop assistant', 'Cleaner', 'Warehouse worker', 'Kitchen assistant', 'Security guard', 'Taxi driver',
    'Farm worker', 'Loader at the market', 'Machine operator at a garment factory'],
  vocational: ['Electrician', 'Welder', 'Cook', 'Hairdresser', 'Car mechanic', 'Nursing assistant', 'Bus driver', 'Tailor', 'Plumber', 'Baker'],
  higher: ['Accountant', 'School teacher', 'Office administrator', 'Sales manager', 'Programmer', 'Pharmacist', 'Bank clerk',
    'Engineer at a construction company', 'Translator', 'Call centre supervisor'],
};
const WISHES = [
  'Computer skills for office work', 'Forklift driving licence', 'Accounting software', 'English for work', 'Sewing machine operation',
  'Pastry and baking', 'Welding certificate', 'Hairdressing course', 'Customer service', 'Driving licence, category C',
  'Starting a small business', 'Caring for elderly people',
];
const SPECIALIST_NOTES: Record<Traits['wellbeing'], readonly string[]> = {
  good: ['Stable and motivated; no further psychological support needed.', 'Copes well; a follow-up talk after the first month in work is enough.'],
  moderate: ['Anxious about interviews after a long absence; a peer support group is recommended.',
    'Low mood since losing the last job; fortnightly sessions agreed for two months.'],
  serious: ['Severe anxiety limits contact with strangers; individual counselling before any placement.',
    'Recent bereavement; weekly sessions, work readiness to be reviewed in three months.'],
};

const LEVEL: Record<string, Level> = { vocational: 'vocational', bachelor: 'higher', master_or_higher: 'higher' };
const EDUCATION_ANSWER: Record<string, string> = {
  none: 'none', primary: 'primary', lower_secondary: 'secondary', upper_secondary: 'secondary', vocational: 'vocational',
  bachelor: 'higher', master_or_higher: 'higher',
};

/** One step along an ordered scale (clamped at its ends). */
function step<T extends string>(scale: readonly T[], value: T, by: number): T {
  const i = scale.indexOf(value);
  return i < 0 ? value : scale[Math.max(0, Math.min(scale.length - 1, i + by))]!;
}

export function drawTraits(s: ClientSituation, rng: Rng): Traits {
  const level = LEVEL[s.education] ?? 'low';
  const lowEducation = s.education === 'none' || s.education === 'primary';
  const neverWorked = s.age < 23 ? rng.chance(0.45) : rng.chance(lowEducation ? 0.12 : 0.04);
  const digital = rng.weighted<Traits['digital']>(
    level === 'higher' && s.age < 50 ? [['none', 2], ['basic', 25], ['good', 73]]
      : s.age >= 50 ? [['none', 40], ['basic', 45], ['good', 15]]
        : lowEducation ? [['none', 35], ['basic', 50], ['good', 15]]
          : [['none', 10], ['basic', 50], ['good', 40]],
  );
  const housing = rng.weighted<Traits['housing']>([
    ['own', s.assisted ? 25 : 42], ['renting', 20], ['with_family', s.age < 30 ? 50 : 28],
    ['temporary', s.assisted ? 10 : 4], ['homeless', s.assisted ? 4 : 1],
  ]);
  const caringAge = s.age >= 20 && s.age <= 42;
  const youngChildren = s.childCareAllowance || (caringAge && rng.chance(s.sex === 'female' ? 0.3 : 0.18))
    ? rng.weighted([[1, 70], [2, 25], [3, 5]])
    : 0;
  const childcare = youngChildren === 0
    ? 'not_needed'
    : rng.weighted<Traits['childcare']>(s.sex === 'female' ? [['arranged', 35], ['partly', 35], ['not_arranged', 30]] : [['arranged', 65], ['partly', 20], ['not_arranged', 15]]);
  const languageLevel = s.interpreter
    ? rng.weighted<Traits['languageLevel']>([['none', 60], ['basic', 40]])
    : s.script === 'Armn' ? 'native'
      : s.language === 'ru' ? rng.weighted<Traits['languageLevel']>([['native', 20], ['fluent', 55], ['basic', 25]])
        : s.language === 'hy' ? rng.weighted<Traits['languageLevel']>([['native', 10], ['fluent', 70], ['basic', 20]])
          : rng.weighted<Traits['languageLevel']>([['fluent', 35], ['basic', 50], ['none', 15]]);
  const otherLanguages = [
    ...(s.language === 'ru' || (s.script === 'Armn' && rng.chance(0.75)) || rng.chance(0.25) ? ['russian'] : []),
    ...(rng.chance(level === 'higher' ? 0.55 : s.language === 'en' ? 0.6 : 0.15) ? ['english'] : []),
    ...(s.script === 'Latn' && rng.chance(0.8) ? ['other'] : []),
  ];
  const disabledHealth: [Traits['health'], number][] = [['somewhat', 55], ['severely', 25], ['no', 12], ['prefer_not_to_say', 8]];
  const health = rng.weighted<Traits['health']>(s.disability ? disabledHealth : [['no', 80], ['somewhat', 17], ['severely', 3]]);
  return {
    level,
    occupation: neverWorked ? null : rng.pick(OCCUPATIONS[level]),
    experienceShare: (s.sex === 'female' ? 0.3 : 0.4) + rng.float() * 0.5,
    qualification: rng.chance(level === 'low' ? (lowEducation ? 0.1 : 0.3) : 0.85),
    digital,
    wishes: rng.pick(WISHES),
    drive: 0.2 + rng.float() * 0.8,
    housing,
    youngChildren,
    childcare,
    careDuties: rng.chance(0.08 + (s.sex === 'female' && s.age >= 35 ? 0.12 : 0) + (s.householdSize >= 4 ? 0.05 : 0)),
    languageLevel,
    literate: !((s.education === 'none' && rng.chance(0.4)) || (s.education === 'primary' && rng.chance(0.1)) || (languageLevel === 'none' && rng.chance(0.6))),
    otherLanguages,
    travel: rng.weighted<Traits['travel']>([
      ['local_only', 8 + (s.disability ? 20 : 0) + (youngChildren && s.sex === 'female' ? 10 : 0) + (s.yerevan ? 0 : 8)],
      ['up_to_30_min', 35], ['up_to_60_min', 40], ['over_60_min', 12],
    ]),
    transport: rng.chance(s.yerevan ? 0.95 : 0.8),
    licence: rng.chance(s.age < 20 ? 0.1 : s.sex === 'male' ? 0.55 : 0.2),
    support: rng.weighted<Traits['support']>([['many', 38], ['few', 48], ['nobody', 8 + (s.householdSize === 1 ? 15 : 0) + (s.age >= 55 ? 5 : 0)]]),
    jobContacts: rng.chance(neverWorked ? 0.3 : 0.5),
    health,
    adaptation: rng.chance(health === 'severely' ? 0.8 : health === 'somewhat' ? 0.5 : 0.05),
    treatment: rng.chance(health === 'severely' ? 0.4 : health === 'somewhat' ? 0.2 : 0.03),
    criminalRecord: rng.chance(0.75),
    wellbeing: rng.weighted<Traits['wellbeing']>([['good', 35], ['moderate', 45], ['serious', 20]]),
  };
}

/** Life moves on between assessments: childcare gets arranged, skills are learnt, children start school. */
export function ageTraits(t: Traits, rng: Rng): void {
  if (t.childcare === 'partly' || t.childcare === 'not_arranged') {
    if (rng.chance(0.45)) t.childcare = step(['arranged', 'partly', 'not_arranged'] as const, t.childcare, -1);
  }
  if (t.youngChildren > 0 && rng.chance(0.2)) {
    t.youngChildren -= 1;
    if (t.youngChildren === 0) t.childcare = 'not_needed';
  }
  if (t.digital !== 'good' && rng.chance(0.25)) t.digital = step(['none', 'basic', 'good'] as const, t.digital, 1);
  if (t.housing === 'temporary' && rng.chance(0.4)) t.housing = 'renting';
  if (t.housing === 'homeless' && rng.chance(0.5)) t.housing = 'temporary';
  if (t.wellbeing !== 'good' && rng.chance(0.3)) t.wellbeing = step(['good', 'moderate', 'serious'] as const, t.wellbeing, -1);
  t.drive = Math.min(1, Math.max(0.1, t.drive + (rng.float() - 0.55) * 0.3));
}

function lastWorked(s: ClientSituation, t: Traits, rng: Rng): string {
  if (!t.occupation) return 'never';
  const months = s.unemployedMonths !== null
    ? s.unemployedMonths + (rng.chance(0.85) ? rng.int(0, 2) : rng.int(3, 24))
    // Not registered now: most registered spells end in a job, so those who had one worked more recently.
    : rng.weighted(s.earlierSpell
      ? [[rng.int(0, 5), 30], [rng.int(6, 11), 20], [rng.int(12, 23), 15], [rng.int(24, 120), 35]]
      : [[rng.int(0, 5), 15], [rng.int(6, 11), 10], [rng.int(12, 23), 15], [rng.int(24, 120), 60]]);
  return months < 6 ? 'under_6_months' : months < 12 ? 'within_1_year' : months < 24 ? 'one_to_two_years' : 'over_two_years';
}

/**
 * The interview as the case manager records it: every question of the shipped instrument
 * the client's situation gives an answer to (optional ones not always asked), whether or
 * not the case manager may see its section; the writer saves only what they may.
 */
export function interviewAnswers(s: ClientSituation, t: Traits, rng: Rng): Answers {
  const a: Answers = {};
  const maybe = (p: number, id: string, value: AnswerValue) => {
    if (rng.chance(p)) a[id] = value;
  };
  a.emp_last_worked = lastWorked(s, t, rng);
  const entryAge = t.level === 'higher' ? 22 : t.level === 'vocational' ? 20 : 18;
  a.emp_years_experience = t.occupation ? Math.min(60, Math.max(1, Math.round(Math.max(0, s.age - entryAge) * t.experienceShare))) : 0;
  if (t.occupation) maybe(0.75, 'emp_last_occupation', t.occupation);
  maybe(0.85, 'emp_informal_work', rng.chance(0.12 + (s.unemployedMonths !== null && s.unemployedMonths >= 12 ? 0.15 : 0) + (s.sex === 'male' ? 0.05 : 0)));

  a.sk_education = EDUCATION_ANSWER[s.education] ?? 'secondary';
  a.sk_qualification = t.qualification;
  a.sk_digital = t.digital;
  maybe(0.4, 'sk_wishes', t.wishes);

  const severe = t.health === 'severely';
  const pull = (t.careDuties ? 0.15 : 0) + (t.childcare === 'not_arranged' ? 0.2 : 0) + (severe ? 0.25 : 0) + (s.age >= 58 ? 0.1 : 0);
  const will = t.drive - pull + (rng.float() - 0.5) * 0.2;
  const wants = will > 0.45 ? 'very_much' : will > 0.2 ? 'somewhat' : 'not_now';
  a.mot_wants_work = wants;
  maybe(0.8, 'mot_search_hours', wants === 'very_much' ? rng.int(4, 25) : wants === 'somewhat' ? rng.int(1, 8) : rng.int(0, 1));
  const months = Math.min(36, s.unemployedMonths ?? 0);
  const belief = 0.8 - 0.02 * months - 0.01 * Math.max(0, s.age - 40) + (t.level === 'higher' ? 0.1 : 0) + (rng.float() - 0.5) * 0.3;
  a.mot_confidence = belief > 0.55 ? 'confident' : belief > 0.3 ? 'unsure' : 'not_confident';
  const hardship = Number(severe) + Number(t.housing === 'homeless') + Number(t.languageLevel === 'none') + Number(!t.literate) + Number(t.childcare === 'not_arranged');
  a.mot_readiness = (wants === 'not_now' && hardship > 0) || hardship >= 2 ? 'not_ready'
    : hardship > 0 || wants !== 'very_much' || months >= 12 || t.digital === 'none' || t.health === 'somewhat' ? 'needs_support'
      : rng.chance(0.85) ? 'ready' : 'needs_support';

  a.hl_limits_work = t.health;
  maybe(0.9, 'hl_disability_recognised', s.disability);
  maybe(0.9, 'hl_adaptation', t.adaptation);
  maybe(0.85, 'hl_treatment', t.treatment);

  a.hs_situation = t.housing;
  const evictionRisk = t.housing === 'renting' ? 0.08 : t.housing === 'temporary' ? 0.25 : t.housing === 'own' ? 0.01 : t.housing === 'with_family' ? 0.03 : 0;
  a.hs_eviction_risk = rng.chance(evictionRisk * (s.assisted ? 2 : 1));

  const arrears = rng.chance(0.15 + (s.assisted ? 0.15 : 0) + (months >= 12 ? 0.1 : 0));
  a.db_arrears = arrears;
  maybe(arrears ? 1 : 0.6, 'db_enforcement', arrears && rng.chance(0.25));
  maybe(arrears ? 0.9 : 0.4, 'db_repayment_share', arrears
    ? rng.weighted([['under_quarter', 30], ['quarter_to_half', 45], ['over_half', 25]])
    : rng.weighted([['none', 70], ['under_quarter', 30]]));

  a.cc_young_children = t.youngChildren;
  a.cc_childcare = t.childcare;
  a.cc_care_duties = t.careDuties;

  a.lg_official = t.languageLevel;
  a.lg_literacy = t.literate;
  if (t.otherLanguages.length) maybe(0.7, 'lg_other', t.otherLanguages);

  a.mb_travel = t.travel;
  a.mb_transport = t.transport;
  maybe(0.8, 'mb_licence', t.licence);

  a.sn_support = t.support;
  maybe(0.8, 'sn_job_contacts', t.jobContacts);

  a.lgl_record = s.onProbation && t.criminalRecord;
  a.lgl_proceedings = s.onProbation && rng.chance(0.9);
  return a;
}

/** The specialist's section (a rehabilitation counsellor with the client's health consent). */
export function specialistAnswers(t: Traits, rng: Rng): Answers {
  const a: Answers = {
    ps_wellbeing: t.wellbeing,
    ps_support_recommended: rng.chance(t.wellbeing === 'serious' ? 0.95 : t.wellbeing === 'moderate' ? 0.6 : 0.1),
  };
  if (rng.chance(0.7)) a.ps_notes = rng.pick(SPECIALIST_NOTES[t.wellbeing]);
  return a;
}

/**
 * The client's self-assessment, entered with the case manager before the interview: the
 * self-assessment questions the client answered (they skip some), each a little more
 * hopeful, or more reticent, than what the interview then records.
 */
export function selfAnswers(interview: Answers, selfQuestions: readonly string[], rng: Rng): Answers {
  const self: Answers = {};
  const shift = (scale: readonly string[], value: AnswerValue, by: number) => step(scale, value as string, by);
  for (const id of selfQuestions) {
    const truth = interview[id];
    if (truth === undefined || !rng.chance(0.88)) continue;
    let value: AnswerValue = truth;
    switch (id) {
      case 'emp_last_worked':
        // Casual jobs count as work for the client.
        if (truth !== 'never' && rng.chance(0.15)) value = shift(['under_6_months', 'within_1_year', 'one_to_two_years', 'over_two_years'], truth, -1);
        break;
      case 'emp_years_experience':
        if (rng.chance(0.3)) value = Math.min(60, Math.max(0, (truth as number) + rng.int(-1, 3)));
        break;
      case 'sk_qualification':
        if (truth === false && rng.chance(0.2)) value = true;
        break;
      case 'sk_digital':
        if (rng.chance(0.3)) value = shift(['none', 'basic', 'good'], truth, 1);
        break;
      case 'mot_wants_work':
        if (rng.chance(0.1)) value = shift(['very_much', 'somewhat', 'not_now'], truth, -1);
        break;
      case 'mot_search_hours':
        value = Math.min(100, (truth as number) + (rng.chance(0.4) ? rng.int(1, 6) : 0));
        break;
      case 'mot_confidence':
        if (rng.chance(0.3)) value = shift(['confident', 'unsure', 'not_confident'], truth, rng.chance(0.6) ? -1 : 1);
        break;
      case 'hl_limits_work':
        if (truth !== 'no' && rng.chance(0.3)) value = truth === 'severely' ? 'somewhat' : 'no';
        else if (rng.chance(0.05)) value = 'prefer_not_to_say';
        break;
      case 'hs_situation':
        if (truth === 'with_family' && rng.chance(0.1)) value = 'temporary';
        break;
      case 'db_arrears':
      case 'db_enforcement':
        // Debts are the hardest thing to talk about.
        if (truth === true && rng.chance(0.2)) value = false;
        break;
      case 'cc_childcare':
        if (rng.chance(0.2)) value = shift(['arranged', 'partly', 'not_arranged'], truth, -1);
        break;
      case 'lg_official':
        if (rng.chance(0.2)) value = shift(['native', 'fluent', 'basic', 'none'], truth, -1);
        break;
      case 'mb_travel':
        if (rng.chance(0.2)) value = shift(['local_only', 'up_to_30_min', 'up_to_60_min', 'over_60_min'], truth, 1);
        break;
      case 'sn_support':
        if (rng.chance(0.15)) value = shift(['many', 'few', 'nobody'], truth, rng.chance(0.5) ? -1 : 1);
        break;
      case 'hs_eviction_risk':
      case 'emp_informal_work':
      case 'hl_adaptation':
      case 'sn_job_contacts':
        if (rng.chance(0.1)) value = !truth;
        break;
      default:
        break;
    }
    self[id] = value;
  }
  return self;
}
