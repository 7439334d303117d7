/**
 * i18next for the web app, on the same resources as the server. The language comes from
 * the signed-in user's preference, else this browser's last choice, else the browser's
 * languages; `<html lang>` follows it so screen readers pronounce text correctly.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, pickLanguage, resources, type Language } from '../../i18n';
import { setLanguageSource } from '../api/client';

const storageKey = 'onedoor.language';

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}

const initial = storedLanguage() ?? pickLanguage(navigator.languages.join(','));

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: defaultLanguage,
  supportedLngs: ['en', 'ru', 'hy'],
  ns: Object.keys(resources.en),
  defaultNS: 'web',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;
setLanguageSource(currentLanguage);

export { i18n };
