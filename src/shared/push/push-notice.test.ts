import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPushPayload, noticeFor, type PushAudience } from './push-notice';

const CANARY = 'CANARY-case-content';

describe('push payload', () => {
  it('cannot carry case content, whatever the caller hands the builder', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.anything()),
        fc.constantFrom('nl', 'en'),
        fc.boolean(),
        (extra, lang, neutral) => {
          // A careless caller passes a whole row along with the audience.
          const audience = {
            ...extra,
            text: CANARY,
            name: CANARY,
            caseId: CANARY,
            lang,
            neutral,
          } as PushAudience;
          const payload = buildPushPayload(audience);
          expect(payload).not.toContain(CANARY);
          expect(Object.keys(JSON.parse(payload) as object).sort()).toEqual(['lang', 'neutral', 'v']);
        },
      ),
    );
  });

  it('words the notice without names: "Er is iets nieuws in Gezien", or neutral', () => {
    expect(noticeFor(JSON.parse(buildPushPayload({ lang: 'nl', neutral: false })))).toEqual({
      title: 'Gezien',
      body: 'Er is iets nieuws in Gezien.',
    });
    expect(noticeFor(JSON.parse(buildPushPayload({ lang: 'en', neutral: true })))).toEqual({
      title: 'Notities',
      body: 'There is something new.',
    });
  });

  it('shows the neutral notice for anything else that arrives', () => {
    expect(noticeFor({ v: 1, lang: 'nl', neutral: false, text: CANARY })).toEqual({
      title: 'Notities',
      body: 'Er is iets nieuws.',
    });
    expect(noticeFor('Naima schreef iets')).toEqual({ title: 'Notities', body: 'Er is iets nieuws.' });
  });
});
