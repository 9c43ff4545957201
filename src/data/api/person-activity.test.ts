import { describe, expect, it } from 'vitest';
import { isPersonActive, notePersonAction, watchPersonActivity } from './person-activity';

describe('person activity', () => {
  it('counts as active for a minute after a key or pointer press, then not', () => {
    const target = new EventTarget();
    const stop = watchPersonActivity(target);
    notePersonAction(0);
    expect(isPersonActive(61_000)).toBe(false);
    target.dispatchEvent(new Event('keydown'));
    expect(isPersonActive()).toBe(true);
    stop();
  });
});
