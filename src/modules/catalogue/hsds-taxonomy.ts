/**
 * The OneDoor taxonomies an HSDS document uses in `attributes`, and the identifiers of
 * HSDS objects OneDoor has no rows for (schedules, languages, phones...): derived from the
 * owner's id, so every export of the same catalogue names them the same.
 */
import { createHash } from 'node:crypto';
import type { LocalText, ServiceType } from './schema';

export const TAXONOMY = {
  serviceType: 'urn:onedoor:service-type',
  barrier: 'urn:onedoor:barrier',
  municipality: 'urn:onedoor:municipality',
} as const;

export const LINK_TYPE = { serviceType: 'service_type', barrier: 'barrier_addressed', municipality: 'municipality' } as const;

/** A stable UUID (version 5 layout, SHA-1) for an object derived from others. */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Names of the service types (taxonomy term names in the export language). */
export const SERVICE_TYPE_LABELS: Record<ServiceType, Required<LocalText>> = {
  counselling: { en: 'Counselling', ru: 'Консультирование', hy: 'Խորհրդատվություն' },
  training: { en: 'Training', ru: 'Обучение', hy: 'Ուսուցում' },
  almp: { en: 'Active labour-market programme', ru: 'Активная программа на рынке труда', hy: 'Աշխատաշուկայի ակտիվ ծրագիր' },
  benefit_advice: { en: 'Benefit advice', ru: 'Консультации по пособиям', hy: 'Նպաստների վերաբերյալ խորհրդատվություն' },
  debt_counselling: { en: 'Debt counselling', ru: 'Консультации по долгам', hy: 'Պարտքերի հարցերով խորհրդատվություն' },
  health: { en: 'Health', ru: 'Здравоохранение', hy: 'Առողջապահություն' },
  addiction: { en: 'Addiction treatment', ru: 'Лечение зависимости', hy: 'Կախվածության բուժում' },
  housing: { en: 'Housing', ru: 'Жильё', hy: 'Բնակարանային աջակցություն' },
  childcare: { en: 'Childcare', ru: 'Уход за детьми', hy: 'Երեխաների խնամք' },
  mentoring: { en: 'Mentoring', ru: 'Наставничество', hy: 'Մենթորություն' },
  job_placement: { en: 'Job placement', ru: 'Трудоустройство', hy: 'Աշխատանքի տեղավորում' },
  subsidy: { en: 'Wage subsidy', ru: 'Субсидия на заработную плату', hy: 'Աշխատավարձի սուբսիդիա' },
};

/** HSDS cost_option.amount_description of OneDoor's cost per participant. */
export const PER_PARTICIPANT: Required<LocalText> = { en: 'per participant', ru: 'на одного участника', hy: 'մեկ մասնակցի համար' };

/** Opening hours are local wall-clock times; Armenia keeps UTC+4 all year (HSDS schedule.timezone). */
export const LOCAL_UTC_OFFSET = 4;
