// Forms tell the app when they hold text that is not saved yet, so an update never reloads the page
// under it (registerType 'prompt', SECURITY.md D6). A form calls useUnsavedText(isDirty).
import { useEffect, useId, useSyncExternalStore } from 'react';

const dirty = new Set<string>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const hasUnsavedText = (): boolean => dirty.size > 0;

/** Marks this form as holding unsaved text while `isDirty` is true (and never after it unmounts). */
export function useUnsavedText(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!isDirty) return;
    dirty.add(id);
    emit();
    return () => {
      dirty.delete(id);
      emit();
    };
  }, [id, isDirty]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useHasUnsavedText = (): boolean => useSyncExternalStore(subscribe, hasUnsavedText, () => false);
