/**
 * Integrated cases for about four clients in ten: more often for the long-term unemployed,
 * disabled clients and households on social assistance. The employment office leads when
 * finding work is the main goal, the social welfare centre otherwise; the leading agency
 * is the one that registered the client, as only it may open the first case. Clients
 * without a case are registered by the office they first came to.
 */
import type { Insertable } from 'kysely';
import type { BenefitReceiptTable } from '../types';
import { EMPLOYMENT_AGENCY, indexStaff, WELFARE_CENTRE, type ClientFacts } from './case-network';
import { tellStory } from './case-story';
import { CaseWriter, emptyCasework, type CaseworkRows } from './case-writer';
import { addDays, addYears, ageOn, daysBetween, maxDay } from './dates';
import type { OrganisationRows } from './organisations';
import type { PersonDraft } from './person';
import type { Rng } from './random';
import { isShowcase, tellShowcase } from './showcase';
import type { Spell } from './spells';
import type { buildStaff } from './staff';

export interface CaseworkInput {
  persons: readonly PersonDraft[];
  spells: readonly Spell[];
  benefits: readonly Insertable<BenefitReceiptTable>[];
  /** person id → registration day (registration.ts) */
  registered: ReadonlyMap<string, string>;
  orgs: OrganisationRows;
  staff: ReturnType<typeof buildStaff>['rows'];
}

export interface Casework {
  rows: CaseworkRows;
  /** person id → the agency that registered them (person.registered_by_agency_id) */
  registeredBy: Map<string, string>;
  /** The case the demo walks through (showcase.ts), when there were enough clients for one. */
  showcase?: { caseId: string; personId: string };
}

const HISTORY_YEARS = 4;

function clientFacts(person: PersonDraft, spells: readonly Spell[], assisted: boolean, today: string): ClientFacts {
  return {
    municipality: person.municipality,
    sex: person.sex,
    age: ageOn(person.birthDate, today),
    disability: person.disability,
    hasSpell: spells.length > 0,
    openSpell: spells.some((s) => s.endedOn === null),
    longTerm: spells.some((s) => daysBetween(s.startedOn, s.endedOn ?? today) >= 365),
    assisted,
  };
}

const caseChance = (c: ClientFacts) =>
  Math.min(0.9, 0.2 + 0.3 * Number(c.openSpell) + 0.1 * Number(c.longTerm) + 0.2 * Number(c.disability) + 0.2 * Number(c.assisted));

export function buildCasework(input: CaseworkInput, rng: Rng, ids: Rng, today: string): Casework {
  const rows = emptyCasework();
  const registeredBy = new Map<string, string>();
  const staff = indexStaff(input.staff);
  const agencyId = (key: string) => input.orgs.byKey.get(key)!.agencyId;
  const names = new Map([...input.orgs.byKey.values()].map((o) => [o.agencyId, o.name]));
  const agencyName = (id: string) => names.get(id) ?? '';
  const spellsOf = new Map<string, Spell[]>();
  for (const s of input.spells) spellsOf.set(s.personId, [...(spellsOf.get(s.personId) ?? []), s]);
  const assisted = new Set(input.benefits.filter((b) => b.household_id).map((b) => b.household_id));
  const lastDay = addDays(today, -1);
  const latestOpening = addDays(today, -2);
  const historyStart = addYears(today, -HISTORY_YEARS);
  let showcase: Casework['showcase'];

  for (const person of input.persons) {
    const spells = spellsOf.get(person.id) ?? [];
    const client = clientFacts(person, spells, assisted.has(person.householdId), today);
    const registeredOn = input.registered.get(person.id)!;
    const start = (leadKey: string, caseManagerId: string) =>
      new CaseWriter(rows, ids, rng, {
        personId: person.id, onedoorId: person.row.onedoor_id, language: person.row.preferred_language ?? 'hy',
        leadAgencyId: agencyId(leadKey), caseManagerId,
      }, agencyName);
    registeredBy.set(person.id, agencyId(client.hasSpell ? EMPLOYMENT_AGENCY[client.municipality] : WELFARE_CENTRE[client.municipality]));

    if (!showcase && isShowcase(client, registeredOn, today)) {
      const writer = tellShowcase({ start, staff, agencyId, registeredOn, today });
      showcase = { caseId: writer.row.id, personId: person.id };
      registeredBy.set(person.id, writer.row.lead_agency_id);
      continue;
    }
    if (!rng.chance(caseChance(client))) continue;
    const leadIsEmployment = rng.chance(client.openSpell ? 0.7 : client.hasSpell ? 0.35 : 0);
    const leadKey = leadIsEmployment ? EMPLOYMENT_AGENCY[client.municipality] : WELFARE_CENTRE[client.municipality];
    // An employment-led case starts while the client is registered unemployed.
    const openSpell = spells.find((s) => s.endedOn === null);
    const from = maxDay(maxDay(registeredOn, historyStart), leadIsEmployment && openSpell ? openSpell.startedOn : registeredOn);
    if (from > latestOpening) continue;
    const writer = start(leadKey, rng.pick(staff.caseManagers(agencyId(leadKey))));
    const openedOn = addDays(from, rng.int(0, daysBetween(from, latestOpening)));
    tellStory({ writer, client, leadIsEmployment, openedOn, lastDay, agencyId, staff }, rng);
    registeredBy.set(person.id, writer.row.lead_agency_id);
  }
  return { rows, registeredBy, showcase };
}
