/**
 * Server-side text outside a request (documents, reasons built in services, the command
 * line): a fixed translator per language over the shared resources, initialised once,
 * synchronously. Missing keys fall back to English.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, resources, type Language } from './index';

const instance = i18next.createInstance();
void instance.init({
  resources,
  fallbackLng: defaultLanguage,
  supportedLngs: ['en', 'ru', 'hy'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const translatorFor = (lang: Language, namespace: string): TFunction => instance.getFixedT(lang, namespace);
