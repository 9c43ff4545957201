import { pullOnce } from './pull';

/**
 * Starts pulling now and whenever the device comes back online; returns a stop function.
 * The sync issue adds visibilitychange, a timer, pushes and the server poke (DESIGN.md §4).
 */
export function startSync(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const onOnline = () => void pullOnce();
  target.addEventListener('online', onOnline);
  void pullOnce();
  return () => target.removeEventListener('online', onOnline);
}
