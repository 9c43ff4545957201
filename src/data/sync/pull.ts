// One pull (DESIGN.md §4): send this device's clientId and cursor, apply what comes back. An unknown
// or too-old cursor gets `{reset: true}`; we then pull everything again and replace the local rows
// in the same transaction as the apply, so the screen never flashes empty. Only one pull runs at a
// time per tab; the sync engine makes it one syncing tab per origin (Web Locks).
import * as z from 'zod/mini';
import { PROTOCOL_VERSION, rejectionSchema, type PullRequest } from '../../shared/sync/protocol';
import { localDataGeneration } from '../db/gezien-db';
import { isApiError } from '../api/api-error';
import { noteServerWait } from '../api/server-wait';
import { request } from '../api/http-client';
import { getMeta, getOrCreateClientId, setMeta } from '../repos/meta-repo';
import { onLocalWipe } from '../session/wipe-local-data';
import { applyChanges } from './apply-changes';

export type PullOutcome = 'synced' | 'offline' | 'expired' | 'failed';

// Changes are validated one by one in applyChanges; here only the envelope.
const pullEnvelopeSchema = z.union([
  z.object({
    cursor: z.string(),
    lastMutationId: z.int().check(z.nonnegative()),
    rejections: z.array(rejectionSchema),
    changes: z.array(z.unknown()),
    more: z.optional(z.literal(true)),
  }),
  z.object({ reset: z.literal(true) }),
]);

const postPull = (body: PullRequest) => request('POST', '/api/sync/pull', pullEnvelopeSchema, body);

/** Enough pages for a case of a million rows; a server that keeps saying `more` is cut off. */
const MAX_PAGES = 5000;

let inFlight: Promise<PullOutcome> | null = null;
// A pull still running at logout finishes harmlessly (applyChanges refuses it); the next session
// must not wait for it.
onLocalWipe(() => {
  inFlight = null;
});

export function pullOnce(): Promise<PullOutcome> {
  inFlight ??= runPull().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runPull(): Promise<PullOutcome> {
  const generation = localDataGeneration();
  try {
    const clientId = await getOrCreateClientId();
    const cursor = (await getMeta('cursor')) ?? null;
    const base = { protocolVersion: PROTOCOL_VERSION, clientId } as const;
    let response = await postPull({ ...base, cursor });
    let replaceAll = false;
    // A new device gets its cases in pages (`more`): each page is one transaction; the outbox is
    // settled only by an answer without `more`, whose lastMutationId the rows already cover.
    for (let page = 0; page < MAX_PAGES; page++) {
      if ('reset' in response) {
        response = await postPull({ ...base, cursor: null });
        if ('reset' in response) return 'failed';
        replaceAll = true;
      }
      const { cursor: next, lastMutationId, rejections, changes, more } = response;
      const settled = more ? {} : { lastMutationId, rejections };
      await applyChanges(changes, { cursor: next, ...settled, replaceAll, generation });
      if (!more) break;
      replaceAll = false;
      response = await postPull({ ...base, cursor: next });
    }
    if (await getMeta('sessionExpired')) await setMeta('sessionExpired', false);
    return 'synced';
  } catch (error) {
    if (isApiError(error, 'rate-limited')) noteServerWait(error.retryAfter);
    if (isApiError(error, 'network')) return 'offline';
    if (isApiError(error, 'unauthenticated')) {
      if (generation === localDataGeneration()) await setMeta('sessionExpired', true);
      return 'expired';
    }
    return 'failed';
  }
}
