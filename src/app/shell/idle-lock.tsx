import { useEffect } from 'react';
import { lockNow, lockSettings } from '../../data/lock/app-lock';

const CHECK_EVERY_MS = 5_000;
const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * SECURITY.md D4: with the lock on, the app locks after the chosen idle time and as soon as it
 * goes to the background (another app, the home screen, the screen turned off).
 */
export function IdleLock() {
  useEffect(() => {
    let idleMs = Infinity;
    let last = Date.now();
    let active = true;
    void lockSettings().then((settings) => {
      if (active && settings) idleMs = settings.idleMinutes * 60_000;
    });
    const touch = () => (last = Date.now());
    const onHide = () => {
      if (document.visibilityState === 'hidden') lockNow();
    };
    const timer = setInterval(() => {
      if (Date.now() - last >= idleMs) lockNow();
    }, CHECK_EVERY_MS);
    activity.forEach((name) => window.addEventListener(name, touch, { passive: true, capture: true }));
    document.addEventListener('visibilitychange', onHide);
    return () => {
      active = false;
      clearInterval(timer);
      activity.forEach((name) => window.removeEventListener(name, touch, { capture: true }));
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);
  return null;
}
