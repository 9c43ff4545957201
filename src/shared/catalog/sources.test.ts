import { describe, expect, it } from 'vitest';
import { readLawCode } from './sources';

describe('reading an article code', () => {
  it('reads book 1 of the Civil Code with a paragraph', () =>
    expect(readLawCode('BW 1:264 lid 3')).toEqual([
      { law: 'bw1', articles: ['264 lid 3'], raw: 'BW 1:264 lid 3' },
    ]));
  it('reads several articles and several laws', () =>
    expect(
      readLawCode('JW 7.3.10, 7.3.15; AVG art. 12, 15').map(({ law, articles }) => ({ law, articles })),
    ).toEqual([
      { law: 'jw', articles: ['7.3.10', '7.3.15'] },
      { law: 'avg', articles: ['12', '15'] },
    ]));
  it('drops the repeated book number', () =>
    expect(readLawCode('BW 1:262b, 1:265k')[0]?.articles).toEqual(['262b', '265k']));
  it('keeps what it cannot read as written', () =>
    expect(readLawCode('Besluit Jeugdwet 7.1')).toEqual([
      { law: null, articles: [], raw: 'Besluit Jeugdwet 7.1' },
    ]));
  it('reads nothing from an empty code', () => expect(readLawCode('')).toEqual([]));
});
