/**
 * Domain checks on person input that need a specific translated message or the database
 * (municipality, the national id format of its country). All problems are reported at
 * once, each with its field path; nothing is written when any is found.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/types';
import { AppError, type FieldError } from '../../server/errors';
import { isValidNationalId, normaliseNationalId } from './national-id';
import type { EditableField, PersonValues } from './person-values';

const MAX_AGE_YEARS = 120;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PHONE = /^\+?\d{6,15}$/;
// Most deployments are Armenian; without a municipality its format is the one to check.
const DEFAULT_COUNTRY = 'AM';

export const isRealDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export function addDaysTo(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function validBirthDate(s: string, today: string): boolean {
  if (!isRealDate(s) || s > today) return false;
  const oldest = `${Number(today.slice(0, 4)) - MAX_AGE_YEARS}${today.slice(4)}`;
  return s >= oldest;
}

/** Separators people type in phone numbers; only digits and a leading + are kept. */
export const normalisePhone = (s: string) => s.replace(/[\s().-]/g, '');

/** Trims, turns '' into null and normalises formats, for the fields given. */
export function normalise(input: Partial<Record<EditableField, unknown>>): Partial<PersonValues> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const value = typeof raw === 'string' ? raw.trim() || null : raw;
    if (key === 'nationalId' && typeof value === 'string') out[key] = normaliseNationalId(value);
    else if (key === 'phone' && typeof value === 'string') out[key] = normalisePhone(value);
    else if (key === 'preferredLanguage' && typeof value === 'string') out[key] = value.replace(/^[A-Za-z]+/, (p) => p.toLowerCase());
    else out[key] = value;
  }
  return out as Partial<PersonValues>;
}

/** Checks the fields that were given; `merged` supplies the context (e.g. the municipality). */
export async function validatePerson(db: Kysely<DB>, given: Partial<PersonValues>, merged: PersonValues, today: string) {
  const fields: FieldError[] = [];
  const bad = (field: EditableField, code: string) => fields.push({ field, code });
  const has = (f: EditableField) => f in given;

  for (const f of ['givenName', 'familyName', 'patronymic'] as const) {
    const v = merged[f];
    if (has(f) && v !== null && !/\p{L}/u.test(v)) bad(f, 'invalid_name');
  }
  if (has('birthDate') && !validBirthDate(merged.birthDate, today)) bad('birthDate', 'invalid_birth_date');
  if (has('phone') && merged.phone !== null && !PHONE.test(merged.phone)) bad('phone', 'invalid_phone');
  if (has('email') && merged.email !== null && !z.email().safeParse(merged.email).success) bad('email', 'invalid_email');
  if (has('preferredLanguage') && !LANGUAGE.test(merged.preferredLanguage)) bad('preferredLanguage', 'invalid_language');

  let country = DEFAULT_COUNTRY;
  if (merged.municipalityCode !== null) {
    const m = await db.selectFrom('municipality').select('country').where('code', '=', merged.municipalityCode).executeTakeFirst();
    if (m) country = m.country;
    else if (has('municipalityCode')) bad('municipalityCode', 'unknown_municipality');
  }
  if (has('nationalId') && merged.nationalId !== null && !isValidNationalId(merged.nationalId, country)) {
    fields.push({ field: 'nationalId', code: 'invalid_national_id', params: { country } });
  }
  if (fields.length) throw new AppError('validation_failed', { fields });
}
