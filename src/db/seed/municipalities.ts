/**
 * Municipalities (communities) of Armenia used by the demo. Offices and clients are in the
 * first three; the others are there so reference lists, filters and benchmarking screens
 * show more than the places that happen to have data.
 */
import type { Insertable } from 'kysely';
import type { MunicipalityTable } from '../types';
import type { Rng } from './random';

export const YEREVAN = 'AM-ER-YEREVAN';
export const GYUMRI = 'AM-SH-GYUMRI';
export const VANADZOR = 'AM-LO-VANADZOR';

export type ServedMunicipality = typeof YEREVAN | typeof GYUMRI | typeof VANADZOR;

export const MUNICIPALITIES: Insertable<MunicipalityTable>[] = [
  { code: YEREVAN, name_en: 'Yerevan', name_ru: 'Ереван', name_hy: 'Երևան', region: 'Yerevan' },
  { code: GYUMRI, name_en: 'Gyumri', name_ru: 'Гюмри', name_hy: 'Գյումրի', region: 'Shirak' },
  { code: VANADZOR, name_en: 'Vanadzor', name_ru: 'Ванадзор', name_hy: 'Վանաձոր', region: 'Lori' },
  { code: 'AM-KT-ABOVYAN', name_en: 'Abovyan', name_ru: 'Абовян', name_hy: 'Աբովյան', region: 'Kotayk' },
  { code: 'AM-KT-HRAZDAN', name_en: 'Hrazdan', name_ru: 'Раздан', name_hy: 'Հրազդան', region: 'Kotayk' },
  { code: 'AM-SU-KAPAN', name_en: 'Kapan', name_ru: 'Капан', name_hy: 'Կապան', region: 'Syunik' },
  { code: 'AM-AV-VAGHARSHAPAT', name_en: 'Vagharshapat', name_ru: 'Вагаршапат', name_hy: 'Վաղարշապատ', region: 'Armavir' },
  { code: 'AM-TV-IJEVAN', name_en: 'Ijevan', name_ru: 'Иджеван', name_hy: 'Իջևան', region: 'Tavush' },
];

/** Where clients live: weighted like the population (Yerevan holds over a third of Armenia). */
export const CLIENT_MUNICIPALITY_WEIGHTS: readonly (readonly [ServedMunicipality, number])[] = [
  [YEREVAN, 60],
  [GYUMRI, 22],
  [VANADZOR, 18],
];

// Real street names of each town, so addresses look right to local staff.
const STREETS: Record<ServedMunicipality, readonly string[]> = {
  [YEREVAN]: [
    'Komitas Ave', 'Mashtots Ave', 'Tigran Mets Ave', 'Baghramyan Ave', 'Abovyan St', 'Nalbandyan St',
    'Arshakunyats Ave', 'Shirazi St', 'Bagratunyats Ave', 'Davit Anhaght St', 'Gyulbenkyan St',
    'Hakob Hakobyan St', 'Tbilisyan Hwy', 'Babajanyan St', 'Nar-Dos St', 'Garegin Nzhdeh St',
    'Erebuni St', 'Rubinyants St', 'Halabyan St', 'Raffi St', 'Artsakh Ave', 'Isakov Ave',
  ],
  [GYUMRI]: [
    'Rustaveli St', 'Abovyan St', 'Shirakatsi St', 'Gorki St', 'Isahakyan St', 'Tigran Mets St',
    'Jivani St', 'Mazmanyan St', 'Gayi St', 'Haghtanaki Ave', 'Kumayri St', 'Ani District 6',
  ],
  [VANADZOR]: [
    'Tigran Mets Ave', 'Batumi St', 'Myasnikyan St', 'Tumanyan St', 'Khorenatsi St',
    'Grigor Lusavorich St', 'Garegin Nzhdeh St', 'Zoravar Andranik St', 'Taron District 4', 'Abovyan St',
  ],
};

export const TOWN: Record<ServedMunicipality, string> = { [YEREVAN]: 'Yerevan', [GYUMRI]: 'Gyumri', [VANADZOR]: 'Vanadzor' };

/** Landline area codes, for office phone numbers. */
export const AREA_CODE: Record<ServedMunicipality, string> = { [YEREVAN]: '10', [GYUMRI]: '312', [VANADZOR]: '322' };

export function streetAddress(municipality: ServedMunicipality, rng: Rng): string {
  const house = rng.int(1, 120);
  // Most people in these towns live in Soviet-era apartment blocks.
  const flat = rng.chance(0.7) ? `, apt ${rng.int(1, 90)}` : '';
  return `${rng.pick(STREETS[municipality])} ${house}${flat}, ${TOWN[municipality]}`;
}
