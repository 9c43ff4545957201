import type { ComponentType } from 'react';
import { getI18n } from 'react-i18next';
import type { Namespace } from './i18n/i18n';

/**
 * A route's page chunk and the translations its first screen needs, fetched side by side. Without
 * the list the page renders, suspends for its texts, renders deeper and suspends again: one round
 * trip after the other, which is most of an offline start on a slow phone (bench figure 2). A name
 * missing from the list only costs time; the page still loads it when it renders. (main.tsx starts
 * i18next before the router, so the instance is there; reading it through react-i18next keeps the
 * i18n module out of this file's imports and in the entry chunk.)
 */
export const lazyPage =
  (load: () => Promise<ComponentType>, texts: readonly Namespace[]) =>
  async (): Promise<{ Component: ComponentType }> => {
    const [Component] = await Promise.all([load(), getI18n().loadNamespaces([...texts])]);
    return { Component };
  };
