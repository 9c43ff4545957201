import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Opens the page at its #anchor once the content is there (a link from another page, or the menu). */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView?.();
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
}
