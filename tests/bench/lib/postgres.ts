import pg from 'pg';
import { benchPgUrl } from '../server/spawn-bench-server';

/** Whether the bench's PostgreSQL (GEZIEN_TEST_PG_URL) answers; the reason when it does not. */
export async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: benchPgUrl(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL not reachable (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await client.end().catch(() => {});
  }
}
