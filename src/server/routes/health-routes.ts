import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';

export function healthRoutes(app: FastifyInstance, { storage }: AppContext): void {
  app.get('/api/health', async () => ({ status: 'ok', db: storage.dialect }));
}
