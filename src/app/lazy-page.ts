import type { ComponentType } from 'react';
import { loadNamespaces, type Namespace } from './i18n/i18n';

/**
 * A route's page chunk and the translations its first screen needs, fetched side by side. Without
 * the list the page renders, suspends for its texts, renders deeper and suspends again: one round
 * trip after the other, which is most of an offline start on a slow phone (bench figure 2). A name
 * missing from the list only costs time; the page still loads it when it renders.
 */
export const lazyPage =
  (load: () => Promise<ComponentType>, texts: readonly Namespace[]) =>
  async (): Promise<{ Component: ComponentType }> => {
    const [Component] = await Promise.all([load(), loadNamespaces(...texts)]);
    return { Component };
  };
