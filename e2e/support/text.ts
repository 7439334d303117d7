/** The app's own translations, so journeys assert exactly what a person reads. */
import i18next, { type TFunction } from 'i18next';
import { resources } from '../../src/i18n';
import type { UiLanguage } from './env';

const cache = new Map<UiLanguage, TFunction>();

export async function textIn(language: UiLanguage): Promise<TFunction> {
  const known = cache.get(language);
  if (known) return known;
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'en', defaultNS: 'web', interpolation: { escapeValue: false } });
  cache.set(language, instance.t);
  return instance.t;
}
