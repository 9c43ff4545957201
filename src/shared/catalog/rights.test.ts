import { describe, expect, it } from 'vitest';
import enRights from '../../../locales/en/rights.json';
import nlRights from '../../../locales/nl/rights.json';
import { addDays, ageOn } from './dates';
import {
  ageBand,
  ageBands,
  contactKeys,
  contacts,
  nextBirthdayChange,
  rightSources,
  rightContacts,
  rightKeys,
  rightsFor,
  type RightKey,
} from './rights';
import { readLawCode } from './sources';

const youth = { role: 'youth' } as const;
const parent = { role: 'parent', hasCustody: true } as const;
const parentWithoutCustody = { role: 'parent', hasCustody: false } as const;

describe('age bands', () => {
  it.each([
    [0, 'under-12'],
    [11, 'under-12'],
    [12, '12-15'],
    [15, '12-15'],
    [16, '16-17'],
    [17, '16-17'],
    [18, 'adult'],
    [22, 'adult'],
  ] as const)('puts a %i-year-old in band %s', (age, band) => expect(ageBand(age)).toBe(band));

  it('keeps a child under 12 on the day before the 12th birthday', () =>
    expect(ageBand(ageOn('2014-05-10', '2026-05-09'))).toBe('under-12'));
  it('moves a child to 12-15 on the 12th birthday itself', () =>
    expect(ageBand(ageOn('2014-05-10', '2026-05-10'))).toBe('12-15'));
});

describe('rights of a young person', () => {
  const has = (band: Parameters<typeof rightsFor>[1], key: RightKey) => rightsFor(youth, band).includes(key);

  it('lets a child under 12 complain, get help from a vertrouwenspersoon and be heard, but not read the file alone', () => {
    for (const key of ['complaint', 'vertrouwenspersoon', 'be-heard-by-judge', 'information'] as const)
      expect(has('under-12', key)).toBe(true);
    expect(has('under-12', 'see-file')).toBe(false);
    expect(has('under-12', 'ask-cancel-instruction')).toBe(false);
  });
  it('lets a 12-year-old read the file and ask the judge things', () => {
    for (const key of [
      'see-file',
      'own-statement',
      'ask-end-ots',
      'ask-cancel-instruction',
      'court-documents',
    ] as const)
      expect(has('12-15', key)).toBe(true);
  });
  it('makes help need the consent of both the 12-15-year-old and the parents', () => {
    expect(has('12-15', 'consent-help')).toBe(true);
    expect(has('12-15', 'consent-help-alone')).toBe(false);
  });
  it('lets a 16-year-old decide about help and about who reads the file', () => {
    expect(has('16-17', 'consent-help-alone')).toBe(true);
    expect(has('16-17', 'parents-need-consent')).toBe(true);
    expect(has('16-17', 'consent-help')).toBe(false);
  });
  it('drops the OTS routes and the Kinderombudsman at 18, and keeps dossier rights', () => {
    expect(has('adult', 'ask-end-ots')).toBe(false);
    expect(has('adult', 'kinderombudsman')).toBe(false);
    expect(has('adult', 'see-file')).toBe(true);
    expect(has('adult', 'help-after-18')).toBe(true);
  });
  it('never gives a young person an appeal of their own', () => {
    for (const band of ageBands) expect(rightsFor(youth, band)).not.toContain('appeal');
  });
});

describe('rights of a parent, by the age of the child', () => {
  it('lets a parent with gezag read the file of a child under 16', () => {
    expect(rightsFor(parent, 'under-12')).toContain('see-file');
    expect(rightsFor(parent, '12-15')).toContain('see-file');
  });
  it('makes a parent of a 16-year-old ask the child first', () => {
    expect(rightsFor(parent, '16-17')).not.toContain('see-file');
    expect(rightsFor(parent, '16-17')).toContain('parents-need-consent');
  });
  it('does not let a parent without gezag ask to cancel an instruction or read the file', () => {
    expect(rightsFor(parentWithoutCustody, '12-15')).not.toContain('ask-cancel-instruction');
    expect(rightsFor(parentWithoutCustody, '12-15')).not.toContain('see-file');
  });
  it('lets a parent without gezag complain, appeal and add an own statement', () => {
    for (const key of ['complaint', 'appeal', 'own-statement', 'vertrouwenspersoon'] as const)
      expect(rightsFor(parentWithoutCustody, '12-15')).toContain(key);
  });
  it('keeps a right to information for a parent without gezag (BW 1:377c), and a way to ask gezag back', () => {
    expect(rightsFor(parentWithoutCustody, '12-15')).toContain('information-no-custody');
    expect(rightsFor(parentWithoutCustody, '12-15')).toContain('restore-custody');
    expect(rightsFor(parent, '12-15')).not.toContain('information-no-custody');
    expect(rightsFor(parent, '12-15')).toContain('information');
  });
  it('offers the familiegroepsplan, the Raad report and a contact request to the judge', () => {
    expect(rightsFor(parent, 'under-12')).toEqual(
      expect.arrayContaining(['familiegroepsplan', 'raad-report', 'ask-contact']),
    );
    expect(rightsFor(youth, '12-15')).toEqual(
      expect.arrayContaining(['familiegroepsplan', 'raad-report', 'ask-contact']),
    );
  });
  it('treats unknown gezag as no gezag', () =>
    expect(rightsFor({ role: 'parent', hasCustody: null }, 'under-12')).not.toContain('see-file'));
  it('leaves a parent of an adult only rights about their own data and complaints', () =>
    expect([...rightsFor(parent, 'adult')].sort()).toEqual(
      ['complaint', 'correction', 'own-statement', 'vertrouwenspersoon'].sort(),
    ));
});

describe('the next birthday that changes rights', () => {
  it('announces the 12th birthday with what the child gains', () => {
    const change = nextBirthdayChange('2014-05-10', '2026-03-01');
    expect(change).toMatchObject({ onDay: '2026-05-10', turnsAge: 12 });
    expect(change?.gained).toEqual(
      expect.arrayContaining(['see-file', 'ask-cancel-instruction', 'consent-help']),
    );
    expect(change?.lost).toEqual(['consent-by-parents']);
  });
  it('announces the 16th birthday to the young person the day before', () => {
    const change = nextBirthdayChange('2010-05-10', '2026-05-09');
    expect(change).toMatchObject({ onDay: '2026-05-10', turnsAge: 16 });
    expect(change?.gained.sort()).toEqual(['consent-help-alone', 'parents-need-consent']);
    expect(change?.lost).toEqual(['consent-help']);
  });
  it('tells a parent that reading the file needs consent from the 16th birthday', () => {
    const change = nextBirthdayChange('2010-05-10', '2026-01-01', parent);
    expect(change?.turnsAge).toBe(16);
    expect(change?.lost).toEqual(expect.arrayContaining(['see-file', 'copy', 'consent-help']));
    expect(change?.gained).toEqual(expect.arrayContaining(['parents-need-consent']));
  });
  it('looks to the next threshold on the birthday itself', () =>
    expect(nextBirthdayChange('2014-05-10', '2026-05-10')).toMatchObject({
      onDay: '2030-05-10',
      turnsAge: 16,
    }));
  it('announces the end of the OTS routes at 18', () => {
    const change = nextBirthdayChange('2008-09-01', '2026-03-01');
    expect(change).toMatchObject({ onDay: '2026-09-01', turnsAge: 18 });
    expect(change?.lost).toEqual(
      expect.arrayContaining(['ask-end-ots', 'ask-cancel-instruction', 'kinderombudsman']),
    );
    expect(change?.gained).toContain('help-after-18');
  });
  it('has nothing more to announce from 18', () =>
    expect(nextBirthdayChange('2008-03-01', '2026-03-01')).toBeNull());
  it('names the same day as the age calculation for a leap-day birthday', () => {
    const change = nextBirthdayChange('2012-02-29', '2029-06-01');
    expect(change?.onDay).toBe('2030-03-01');
    expect(ageBand(ageOn('2012-02-29', addDays(change!.onDay, -1)))).toBe('16-17');
    expect(ageBand(ageOn('2012-02-29', change!.onDay))).toBe('adult');
  });
  it('always changes band exactly on the announced day', () => {
    for (const birth of ['2014-01-31', '2013-12-31', '2012-02-29', '2011-07-15'])
      for (let today = '2020-01-01'; today < '2031-01-01'; today = addDays(today, 97)) {
        const change = nextBirthdayChange(birth, today);
        if (!change) continue;
        expect(ageOn(birth, addDays(change.onDay, -1))).toBe(change.turnsAge - 1);
        expect(ageOn(birth, change.onDay)).toBe(change.turnsAge);
      }
  });
});

describe('the rights catalogue', () => {
  it('gives every right a source that names a known law and its article', () => {
    for (const key of rightKeys) {
      const parts = readLawCode(rightSources[key].law);
      expect(parts.length, key).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part.law, `${key}: ${part.raw}`).not.toBeNull();
        if (part.law !== 'wno') expect(part.articles.length, `${key}: ${part.raw}`).toBeGreaterThan(0);
      }
      const page = rightSources[key].page;
      if (page) expect(page).toMatch(/^https:\/\//);
    }
  });
  it('cites BW 1:264 for the judge route against an aanwijzing and BW 1:377c for a parent without gezag', () => {
    expect(rightSources['ask-cancel-instruction'].law).toBe('BW 1:264');
    expect(rightSources['information-no-custody'].law).toBe('BW 1:377c');
  });
  it('shows every right to someone', () => {
    const shown = new Set(
      ageBands.flatMap((b) => [
        ...rightsFor(youth, b),
        ...rightsFor(parent, b),
        ...rightsFor(parentWithoutCustody, b),
      ]),
    );
    expect(rightKeys.filter((k) => !shown.has(k))).toEqual([]);
  });
  it('uses only the phone numbers from our source notes', () =>
    expect(
      Object.values(contacts)
        .flatMap((c) => (c.phone ? [c.phone] : []))
        .sort(),
    ).toEqual(['0800-2000', '088-555 1000']));
  it('points every right only at known contacts', () => {
    for (const list of Object.values(rightContacts)) for (const c of list) expect(contactKeys).toContain(c);
  });
});

describe.each([
  ['nl', nlRights],
  ['en', enRights],
] as const)('the %s rights texts', (_lng, texts) => {
  it('explain every right for grown-ups and for young people, with how to use it', () => {
    for (const key of rightKeys) {
      const right = (texts.right as Record<string, Record<string, string>>)[key];
      for (const field of ['title', 'text', 'text_youth', 'how'])
        expect(right?.[field], `${key}.${field}`).toBeTruthy();
    }
  });
  it('introduce every age band', () => {
    for (const band of ageBands) expect(texts.band[band].intro).toBeTruthy();
  });
  it('show the same phone number and website as the catalogue', () => {
    for (const key of contactKeys) {
      const contact: { phone?: string; website: string } = texts.contact[key];
      expect(contact.phone ?? null).toBe(contacts[key].phone);
      expect(contact.website).toBe(contacts[key].website);
    }
  });
});
