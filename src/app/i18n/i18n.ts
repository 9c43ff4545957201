// The one place that configures i18next (DESIGN.md §6). Dutch is the source and default; each
// namespace is a JSON file under locales/<lng>/ loaded lazily through a dynamic import, so Vite
// emits every file as its own chunk and the service worker precaches them for offline use.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  isLanguage,
  languages,
  sourceLanguage,
  textDirection,
  type Language,
} from '../../shared/i18n/languages';

export {
  intlLocale,
  languageNames,
  languages,
  speechLocale,
  type Language,
} from '../../shared/i18n/languages';
export const defaultLanguage: Language = sourceLanguage;
export const namespaces = [
  'common',
  'auth',
  'involved',
  'roles',
  'errors',
  'events',
  'rights',
  'rightspage',
  'glossary',
  'glossarypage',
  'measures',
  'home',
  'decisions',
  'mystory',
  'voice',
  'invitation',
  'sessions',
  'accesslog',
  'safety',
  'settings',
  'install',
  // The professional console (src/app/pro), loaded only there.
  'pro',
  'procase',
  'promember',
  'proinvolved',
  'proteam',
  'proviewas',
  'prodecision',
  'proinbox',
] as const;
export type Namespace = (typeof namespaces)[number];

const STORAGE_KEY = 'gezien.language';

const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    import(`../../../locales/${language}/${namespace}.json`).then(
      (module: { default: object }) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function reflectOnDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

let ready: Promise<unknown> | null = null;

/** Starts i18next once; awaiting it is only needed in tests (the app suspends until ready). */
export function initI18n(language: Language = storedLanguage()): Promise<unknown> {
  if (ready) return ready;
  i18next.on('languageChanged', reflectOnDocument);
  ready = i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      load: 'languageOnly',
      // The shell's own namespaces (safety bar, banners) load with common, not after it.
      ns: ['common', 'safety', 'install'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      showSupportNotice: false,
    });
  return ready;
}

/** Switches language and remembers it on this device (a preference, not case data). */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage blocked: the switch still works for this visit.
  }
  await i18next.changeLanguage(language);
}

/** Loads namespaces ahead of rendering (tests render pages synchronously with this). */
export async function loadNamespaces(...names: Namespace[]): Promise<void> {
  await initI18n();
  await i18next.loadNamespaces(names);
}
