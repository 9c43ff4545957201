// The install prompt of Chromium browsers (Android): `beforeinstallprompt` fires once, early, so it
// is caught at start (main.tsx) and kept until the person presses "Installeren".
import { useSyncExternalStore } from 'react';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

let deferred: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function catchInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    emit();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    emit();
  });
}

export async function promptInstall(): Promise<void> {
  const event = deferred;
  deferred = null;
  emit();
  await event?.prompt();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useCanPromptInstall = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => deferred !== null,
    () => false,
  );

/** iPhone and iPad (iPadOS says "Macintosh" but has touch): no prompt, only the Share menu. */
export const isIos = (): boolean =>
  /iphone|ipad|ipod/i.test(navigator.userAgent) ||
  (/macintosh/i.test(navigator.userAgent) && navigator.maxTouchPoints > 1);

export const isInstalled = (): boolean =>
  window.matchMedia?.('(display-mode: standalone)').matches === true ||
  (navigator as Navigator & { standalone?: boolean }).standalone === true;
