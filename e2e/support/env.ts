/** Where the journeys run and who signs in: the seeded demo accounts. */
import { DEMO_PASSWORD } from '../../src/db/seed/staff';

export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const demo = {
  password: process.env.E2E_PASSWORD ?? DEMO_PASSWORD,
  admin: 'admin@onedoor.test',
  dpo: 'dpo@onedoor.test',
  /** Used for the wrong-password journey, so failures never lock the accounts other journeys use. */
  analyst: 'levon.nersisyan@employment.onedoor.test',
  /** Turns two-step verification on and off; used by no other journey. */
  caseManager: 'tigran.hakobyan@employment.onedoor.test',
} as const;

export const uiLanguages = ['en', 'hy'] as const;
export type UiLanguage = 'en' | 'ru' | 'hy';
