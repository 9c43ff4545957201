// Neutral identity (SECURITY.md G2): a device setting that gives the installed app, its icon and
// every page title a neutral name. It lives in localStorage, not IndexedDB, because it must hold on
// the lock screen and after logout too; it says nothing about the case. The manifest is chosen per
// setting by swapping the <link rel="manifest"> between two static files (public/), see README.
import { useSyncExternalStore } from 'react';

export type Identity = 'gezien' | 'neutral';
export const NEUTRAL_APP_NAME = 'Notities';
const KEY = 'gezien.identity';

const files: Record<Identity, { manifest: string; icon: string; appleIcon: string; title: string }> = {
  gezien: {
    manifest: '/manifest.webmanifest',
    icon: '/icons/icon-192.png',
    appleIcon: '/icons/apple-touch-icon.png',
    title: 'Gezien',
  },
  neutral: {
    manifest: '/manifest-neutral.webmanifest',
    icon: '/icons/neutral-192.png',
    appleIcon: '/icons/neutral-apple-touch-icon.png',
    title: NEUTRAL_APP_NAME,
  },
};

const listeners = new Set<() => void>();

export function getIdentity(): Identity {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'neutral' ? 'neutral' : 'gezien';
  } catch {
    return 'gezien';
  }
}

const setHref = (selector: string, href: string) =>
  document.querySelector<HTMLLinkElement>(selector)?.setAttribute('href', href);

/** Points the document's manifest, icons and app title at the chosen identity. */
export function applyIdentity(identity: Identity = getIdentity()): void {
  if (typeof document === 'undefined') return;
  const chosen = files[identity];
  setHref('link[rel="manifest"]', chosen.manifest);
  setHref('link[rel="icon"]', chosen.icon);
  setHref('link[rel="apple-touch-icon"]', chosen.appleIcon);
  document.querySelector('meta[name="apple-mobile-web-app-title"]')?.setAttribute('content', chosen.title);
  if (identity === 'neutral') document.title = NEUTRAL_APP_NAME;
}

export function setIdentity(identity: Identity): void {
  localStorage.setItem(KEY, identity);
  applyIdentity(identity);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useIdentity = (): Identity => useSyncExternalStore(subscribe, getIdentity, () => 'gezien');
