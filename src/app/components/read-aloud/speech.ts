// One voice at a time for the whole app: starting a read-aloud stops the one before, and every
// button learns whether it is the one speaking. Wraps the Web Speech API (speechSynthesis).
import { useSyncExternalStore } from 'react';

let speakingId: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const setSpeaking = (id: string | null) => {
  speakingId = id;
  notify();
};

export const canSpeak = (): boolean =>
  typeof window !== 'undefined' &&
  'speechSynthesis' in window &&
  typeof window.SpeechSynthesisUtterance === 'function';

export function speak(id: string, text: string, lang: string): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.95;
  const done = () => {
    if (speakingId === id) setSpeaking(null);
  };
  utterance.onend = done;
  utterance.onerror = done;
  setSpeaking(id);
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(id?: string): void {
  if (!canSpeak() || (id !== undefined && speakingId !== id)) return;
  window.speechSynthesis.cancel();
  setSpeaking(null);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSpeakingId = (): string | null =>
  useSyncExternalStore(
    subscribe,
    () => speakingId,
    () => null,
  );
