/**
 * When a person last touched the app (pointer or key). Requests made while nobody has for a minute
 * are marked as background, so they do not keep a session alive (issue 13 row 6). Opening the app
 * counts as an action.
 */
const ACTIVE_FOR_MS = 60_000;
let lastActionAt = Date.now();

export const notePersonAction = (at = Date.now()) => {
  lastActionAt = at;
};

export const isPersonActive = (now = Date.now()) => now - lastActionAt < ACTIVE_FOR_MS;

export function watchPersonActivity(target: EventTarget = globalThis): () => void {
  const note = () => notePersonAction();
  const events = ['pointerdown', 'keydown'];
  for (const event of events) target.addEventListener(event, note, { capture: true, passive: true });
  return () => {
    for (const event of events) target.removeEventListener(event, note, { capture: true });
  };
}
