/** Every request gets a translator in the user's language (or the browser's before sign-in). */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, pickLanguage, resources, type Language } from '../../i18n';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    t: TFunction;
  }
}

export async function createTranslator() {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    fallbackLng: defaultLanguage,
    supportedLngs: ['en', 'ru', 'hy'],
    defaultNS: 'errors',
    interpolation: { escapeValue: false },
  });
  return instance;
}

export const i18nPlugin = fp(async (app: FastifyInstance) => {
  const i18n = await createTranslator();
  app.decorateRequest('language', defaultLanguage);
  app.decorateRequest('t', null as unknown as TFunction);
  app.addHook('onRequest', async (request) => {
    request.language = pickLanguage(request.headers['accept-language']);
    request.t = i18n.getFixedT(request.language);
  });
  // After the session is known the user's own setting wins over the browser's.
  app.addHook('preValidation', async (request) => {
    const preferred = request.staff?.user.preferredLanguage;
    if (preferred && !request.headers['accept-language']) {
      request.language = preferred;
      request.t = i18n.getFixedT(preferred);
    }
  });
});
