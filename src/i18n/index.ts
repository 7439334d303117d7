/**
 * Translations shared by the server (error messages, e-mails, PDFs) and the web app.
 * One JSON file per language and namespace: ./locales/<lng>/<namespace>.json.
 * A test (i18n.test.ts) checks every language has every key of English.
 */
import enErrors from './locales/en/errors.json';
import ruErrors from './locales/ru/errors.json';
import hyErrors from './locales/hy/errors.json';
import enWeb from './locales/en/web.json';
import ruWeb from './locales/ru/web.json';
import hyWeb from './locales/hy/web.json';
import enPeople from './locales/en/people.json';
import ruPeople from './locales/ru/people.json';
import hyPeople from './locales/hy/people.json';
import enIntake from './locales/en/intake.json';
import ruIntake from './locales/ru/intake.json';
import hyIntake from './locales/hy/intake.json';
import enCasework from './locales/en/casework.json';
import ruCasework from './locales/ru/casework.json';
import hyCasework from './locales/hy/casework.json';
import enProfiling from './locales/en/profiling.json';
import ruProfiling from './locales/ru/profiling.json';
import hyProfiling from './locales/hy/profiling.json';
import enAssessment from './locales/en/assessment.json';
import enAnalytics from './locales/en/analytics.json';
import ruAssessment from './locales/ru/assessment.json';
import ruAnalytics from './locales/ru/analytics.json';
import hyAssessment from './locales/hy/assessment.json';
import hyAnalytics from './locales/hy/analytics.json';
import enPlans from './locales/en/plans.json';
import ruPlans from './locales/ru/plans.json';
import hyPlans from './locales/hy/plans.json';
import enPlanweb from './locales/en/planweb.json';
import ruPlanweb from './locales/ru/planweb.json';
import hyPlanweb from './locales/hy/planweb.json';
import enCatalogue from './locales/en/catalogue.json';
import ruCatalogue from './locales/ru/catalogue.json';
import hyCatalogue from './locales/hy/catalogue.json';
import enReferrals from './locales/en/referrals.json';
import ruReferrals from './locales/ru/referrals.json';
import hyReferrals from './locales/hy/referrals.json';
import enDuties from './locales/en/duties.json';
import ruDuties from './locales/ru/duties.json';
import hyDuties from './locales/hy/duties.json';
import enConferences from './locales/en/conferences.json';
import ruConferences from './locales/ru/conferences.json';
import hyConferences from './locales/hy/conferences.json';
import enNotifications from './locales/en/notifications.json';
import ruNotifications from './locales/ru/notifications.json';
import hyNotifications from './locales/hy/notifications.json';

export const languages = ['en', 'ru', 'hy'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

type Namespace = Record<string, unknown>;

/** i18next resources: { en: { errors: {...}, ... }, ru: {...}, hy: {...} } */
export const resources: Record<Language, Record<string, Namespace>> = {
  en: { errors: enErrors, web: enWeb, people: enPeople, intake: enIntake, casework: enCasework, profiling: enProfiling, assessment: enAssessment, analytics: enAnalytics, plans: enPlans, planweb: enPlanweb, catalogue: enCatalogue,
    referrals: enReferrals, duties: enDuties, conferences: enConferences, notifications: enNotifications },
  ru: { errors: ruErrors, web: ruWeb, people: ruPeople, intake: ruIntake, casework: ruCasework, profiling: ruProfiling, assessment: ruAssessment, analytics: ruAnalytics, plans: ruPlans, planweb: ruPlanweb, catalogue: ruCatalogue,
    referrals: ruReferrals, duties: ruDuties, conferences: ruConferences, notifications: ruNotifications },
  hy: { errors: hyErrors, web: hyWeb, people: hyPeople, intake: hyIntake, casework: hyCasework, profiling: hyProfiling, assessment: hyAssessment, analytics: hyAnalytics, plans: hyPlans, planweb: hyPlanweb, catalogue: hyCatalogue,
    referrals: hyReferrals, duties: hyDuties, conferences: hyConferences, notifications: hyNotifications },
};

/** Picks the best supported language from an Accept-Language header. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lng: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((x) => x.lng).find(isLanguage) ?? defaultLanguage;
}
