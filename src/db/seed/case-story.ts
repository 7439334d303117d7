/**
 * The random life of one integrated case after it opens: partners join with the client's
 * consent (some refused, some partly refused, a few withdrawn or left to expire), the
 * case may change hands, a supervisor may record a legal basis, and the case may be
 * suspended or closed. Steps run in date order, so each one sees the case as it was then.
 */
import { isSensitive } from '../../modules/access/data-categories';
import { partnerKindsFor, type ClientFacts, type PartnerKind, type StaffIndex } from './case-network';
import type { CaseWriter } from './case-writer';
import { addDays, daysBetween, minDay } from './dates';
import type { Rng } from './random';

export interface Story {
  writer: CaseWriter;
  client: ClientFacts;
  leadIsEmployment: boolean;
  openedOn: string;
  /** The last day anything can happen: yesterday, since the seed's `now` is midnight today. */
  lastDay: string;
  agencyId: (key: string) => string;
  staff: StaffIndex;
}

const CONSENT_REFUSED = 0.07;
const SENSITIVE_REFUSED = 0.15;
const WITHDRAWN = 0.08;
const ONE_YEAR_CONSENT = 0.25;
const SUSPEND_REASONS = ['Seasonal work abroad', 'Client temporarily away', 'Client asked for a pause'];
const CLOSE_REASONS = ['Employed', 'Goals of the plan achieved', 'Moved out of the area', 'Client asked to close the case', 'No contact for six months'];
const WITHDRAWAL_REASONS = [null, 'Client no longer wants this agency involved', 'Client prefers to deal with the agency directly'];

/** Steps by day, then in the order they were planned; a step may plan later ones. */
class Schedule {
  private steps: { day: string; n: number; run: (day: string) => void }[] = [];
  private n = 0;
  add(day: string, run: (day: string) => void, last = false) {
    this.steps.push({ day, n: last ? Number.MAX_SAFE_INTEGER - this.steps.length : this.n++, run });
  }
  runAll() {
    while (this.steps.length) {
      this.steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.n - b.n));
      const step = this.steps.shift()!;
      step.run(step.day);
    }
  }
}

/** A day in [from, to], or undefined when there is none. */
const dayIn = (rng: Rng, from: string, to: string) => (from > to ? undefined : addDays(from, rng.int(0, daysBetween(from, to))));

export function tellStory(s: Story, rng: Rng): void {
  const { writer: w, client, openedOn } = s;
  const plan = new Schedule();
  // Older cases are more often over.
  const closeRate = daysBetween(openedOn, s.lastDay) > 730 ? 0.5 : 0.25;
  const closeOn = rng.chance(closeRate) ? dayIn(rng, addDays(openedOn, 21), s.lastDay) : undefined;
  const suspendOn = rng.chance(closeOn ? 0.15 : 0.08) ? dayIn(rng, addDays(openedOn, 14), closeOn ? addDays(closeOn, -7) : s.lastDay) : undefined;
  const activeUntil = suspendOn ?? closeOn ?? s.lastDay;

  plan.add(openedOn, (day) => w.open(w.time(day)));
  // Special categories need the client's consent even for the lead agency.
  if (client.disability && rng.chance(s.leadIsEmployment ? 0.4 : 0.7)) {
    plan.add(openedOn, (day) => {
      const decision = rng.chance(0.1) ? 'refused' : 'given';
      w.recordConsent(w.time(day), { recipientAgencyId: w.row.lead_agency_id, categories: ['health'], purposes: ['case_work'], decision, evidence: 'signed_form' });
    });
  }
  for (const kind of partnerKindsFor(client, s.leadIsEmployment)) {
    if (!rng.chance(kind.chance(client, s.leadIsEmployment))) continue;
    const joinOn = dayIn(rng, openedOn, minDay(activeUntil, addDays(openedOn, 180)));
    if (joinOn) plan.add(joinOn, (day) => joinPartner(s, plan, rng, kind, day, activeUntil));
  }
  const managers = s.staff.caseManagers(w.row.lead_agency_id);
  const supervisors = s.staff.supervisors(w.row.lead_agency_id);
  const handOverOn = managers.length > 1 && rng.chance(0.06) ? dayIn(rng, addDays(openedOn, 30), activeUntil) : undefined;
  if (handOverOn) {
    plan.add(handOverOn, (day) => {
      const to = rng.pick(managers.filter((m) => m !== w.row.case_manager_id));
      w.changeManager(w.time(day), to, supervisors[0] ?? w.row.case_manager_id);
    });
  }
  const basisOn = supervisors.length && rng.chance(0.04) ? dayIn(rng, openedOn, activeUntil) : undefined;
  if (basisOn) plan.add(basisOn, (day) => legalBasis(s, plan, rng, supervisors[0]!, day, activeUntil));
  if (suspendOn) plan.add(suspendOn, (day) => w.changeStatus(w.time(day), 'suspended', rng.pick(SUSPEND_REASONS)), true);
  if (closeOn) plan.add(closeOn, (day) => w.changeStatus(w.time(day), 'closed', rng.pick(CLOSE_REASONS)), true);
  plan.runAll();
}

function joinPartner(s: Story, plan: Schedule, rng: Rng, kind: PartnerKind, day: string, activeUntil: string) {
  const w = s.writer;
  const recipientAgencyId = s.agencyId(kind.key);
  const base = { recipientAgencyId, purposes: kind.purposes };
  if (rng.chance(CONSENT_REFUSED)) {
    // The client said no: the partner is not brought in, and nobody asks again unprompted.
    w.recordConsent(w.time(day), { ...base, categories: kind.categories, decision: 'refused', evidence: 'verbal_witnessed' });
    return;
  }
  const sensitive = kind.categories.filter(isSensitive);
  const refuseSensitive = sensitive.length > 0 && rng.chance(SENSITIVE_REFUSED);
  const categories = refuseSensitive ? kind.categories.filter((c) => !isSensitive(c)) : kind.categories;
  const at = w.time(day);
  const oneYear = rng.chance(ONE_YEAR_CONSENT) ? new Date(at.getTime() + 365 * 86_400_000) : undefined;
  const evidence = rng.chance(0.6) ? 'signed_form' : 'verbal_witnessed';
  const consent = w.recordConsent(at, { ...base, categories, decision: 'given', evidence, validUntil: oneYear });
  if (refuseSensitive) w.recordConsent(w.time(day), { ...base, categories: sensitive, decision: 'refused', evidence: 'verbal_witnessed' });
  w.addPartner(w.time(day), recipientAgencyId, kind.role);

  const expiresOn = oneYear?.toISOString().slice(0, 10);
  const withdrawOn = rng.chance(WITHDRAWN) ? dayIn(rng, addDays(day, 14), expiresOn ? minDay(activeUntil, addDays(expiresOn, -1)) : activeUntil) : undefined;
  if (withdrawOn) {
    plan.add(withdrawOn, (d) => {
      w.withdrawConsent(w.time(d), consent, rng.pick(WITHDRAWAL_REASONS));
      w.removePartner(w.time(d), recipientAgencyId);
    });
  } else if (expiresOn && expiresOn <= activeUntil && rng.chance(0.5)) {
    // Renewed on the day it ran out; the others simply lapse and the partner sees nothing more.
    plan.add(expiresOn, (d) => void w.recordConsent(w.time(d), { ...base, categories, decision: 'given', evidence }));
  }
  const leaveOn = rng.chance(0.12) ? dayIn(rng, addDays(day, 30), activeUntil) : undefined;
  if (leaveOn) plan.add(leaveOn, (d) => w.removePartner(w.time(d), recipientAgencyId));
}

/** A duty that lets the lead agency see special categories without consent. */
function legalBasis(s: Story, plan: Schedule, rng: Rng, supervisor: string, day: string, activeUntil: string) {
  const w = s.writer;
  const agencyId = w.row.lead_agency_id;
  const at = w.time(day);
  const basis = s.leadIsEmployment && s.client.disability
    ? { categories: ['health' as const], basis: 'public_task', reference: 'Law on Employment (2013): employment support for persons with disabilities' }
    : !s.leadIsEmployment && s.client.sex === 'female'
      ? { categories: ['domestic_violence' as const, 'health' as const], basis: 'legal_obligation', reference: 'Law on Prevention of Domestic Violence (2017): protection of victims' }
      : { categories: ['criminal_record' as const], basis: 'court_order', reference: `Court decision no. ${rng.digits(6)} on probation supervision (demo)`,
          validUntil: new Date(at.getTime() + 365 * 86_400_000) };
  const row = w.recordLegalBasis(at, { agencyId, ...basis }, supervisor);
  const revokeOn = rng.chance(0.15) ? dayIn(rng, addDays(day, 30), activeUntil) : undefined;
  if (revokeOn) plan.add(revokeOn, (d) => w.revokeLegalBasis(w.time(d), row, supervisor));
}
