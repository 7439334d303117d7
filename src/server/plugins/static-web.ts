/** Serves the built web app and falls back to index.html for client-side routes. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

export const webRoot = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

export async function staticWeb(app: FastifyInstance) {
  if (!existsSync(webRoot)) {
    app.log.warn('dist/web is missing: run `npm run build:web` to serve the web app');
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new AppError('not_found');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}
