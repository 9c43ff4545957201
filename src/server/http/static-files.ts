import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler';
import { isApi } from './security-hooks';

/**
 * Serves the built PWA from `distDir`, and index.html for any other GET outside /api (client-side
 * routes; a missing file with an extension stays a 404). Hashed assets under assets/ are immutable;
 * everything else (shell, service worker, manifest) is revalidated, so an update is seen at once.
 * Text files go out as brotli or gzip when the build made a copy. Without a build, only the API answers.
 */
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  const hasBuild = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: ['index.html'],
      // The build writes .br and .gz copies (scripts/build/precompress.ts): sent when the browser accepts them.
      preCompressed: true,
      setHeaders(reply, filePath) {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !/\.\w+$/.test(request.url.split('?')[0]!);
    if (isApi(request) || !hasBuild || !wantsPage) return sendError(reply, 404, 'not-found');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
