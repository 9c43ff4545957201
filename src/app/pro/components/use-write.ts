import { useState } from 'react';
import { dismissRefusedWrite, writeOutcome } from '../../../data/sync/write-outcome';
import { mutate } from '../../../data/sync/mutate';
import { requestSyncNow } from '../../../data/sync/sync-triggers';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';

/**
 * A console write that waits, when online, for the server's answer (decision 009): accepted, or
 * refused with a code the form shows next to the kept input. Offline, or when the answer is slow,
 * the write stays queued on this device and the overview lists it if it is refused later.
 */
export type WriteResult = { state: 'accepted' } | { state: 'queued' } | { state: 'rejected'; code: string };

const WAIT_MS = 8_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useWrite() {
  const [busy, setBusy] = useState(false);

  async function write<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<WriteResult> {
    setBusy(true);
    try {
      const entry = await mutate(name, args);
      if (!navigator.onLine) return { state: 'queued' };
      requestSyncNow();
      for (const until = Date.now() + WAIT_MS; Date.now() < until; await sleep(150)) {
        const outcome = await writeOutcome(entry.mutationId);
        if (outcome.state === 'accepted') return outcome;
        if (outcome.state === 'rejected') {
          // Shown in the form itself, so the overview need not list it again.
          await dismissRefusedWrite(entry.mutationId);
          return outcome;
        }
      }
      return { state: 'queued' };
    } finally {
      setBusy(false);
    }
  }

  return { write, busy };
}
