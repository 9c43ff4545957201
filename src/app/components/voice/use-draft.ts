import { useEffect, useRef, useState } from 'react';
import { deleteDraft, getDraft, saveDraft } from '../../../data/repos/draft-repo';
import type { VoiceValues } from './voice-values';

const SAVE_AFTER_MS = 300;

/**
 * Keeps what is typed in IndexedDB while typing, so a reload or a closed app loses nothing, and
 * brings it back. `restored` says the values came from an earlier visit.
 */
export function useDraft(key: string, caseId: string, values: VoiceValues, apply: (v: VoiceValues) => void) {
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const done = useRef(false);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    let live = true;
    void getDraft(key).then((draft) => {
      if (!live) return;
      if (draft) {
        applyRef.current({
          text: draft.text,
          stance: draft.stance as VoiceValues['stance'],
          audience: (draft.audience ?? 'professionals') as VoiceValues['audience'],
        });
        setRestored(true);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(() => {
    if (!loaded) return;
    if (done.current) {
      // After sending, keep nothing until the form is empty again: then what is typed next is a new draft.
      if (values.text.trim() !== '') return;
      done.current = false;
    }
    const timer = setTimeout(() => {
      if (!done.current) void saveDraft(key, caseId, { ...values, houses: null });
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, caseId, values, loaded]);

  /** The words were sent (or thrown away): forget the draft; keep a new one once the form is empty. */
  const discard = () => {
    done.current = true;
    return deleteDraft(key);
  };
  return { restored, discard };
}
