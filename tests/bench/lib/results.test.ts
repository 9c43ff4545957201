import { describe, expect, it } from 'vitest';
import { formatRatio, formatValue, mergeFigures, renderResults, renderTables, type Figure } from './results';

const figures: Figure[] = [
  {
    section: '1. Download',
    name: 'Family JS before the first screen (gzip)',
    unit: 'bytes',
    ours: 186 * 1024,
    target: { text: '≤ 200 KB', met: true },
  },
  {
    section: '6. Against a peer',
    name: 'Bootstrap 5,000 rows',
    unit: 'ms',
    ours: 1370,
    comparison: { label: 'PouchDB → pouchdb-server', value: 4110 },
    ratio: 3,
    target: { text: '≥ 3× faster', met: false },
    note: 'Chromium, IndexedDB',
  },
  { section: '1. Download', name: 'Console | chunk', unit: 'bytes', ours: Number.NaN, error: 'no build' },
];

describe('results writer', () => {
  it('formats values in the unit a reader expects', () => {
    expect(formatValue(9.87, 'ms')).toBe('9.87 ms');
    expect(formatValue(194.4, 'ms')).toBe('194 ms');
    expect(formatValue(1370, 'ms')).toBe('1.37 s');
    expect(formatValue(2048, 'bytes')).toBe('2.0 KB');
    expect(formatValue(3 * 1024 * 1024, 'bytes')).toBe('3.0 MB');
    expect(formatValue(12345.6, 'mut/s')).toBe('12,346 mut/s');
    expect(formatValue(Number.NaN, 'ms')).toBe('–');
    expect(formatRatio(3.456)).toBe('3.46×');
    expect(formatRatio(42.4)).toBe('42×');
    expect(formatRatio(0.006912)).toBe('0.0069×');
    expect(formatRatio(Number.NaN)).toBe('–');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('writes one table per section, keeping a missing figure with its reason', () => {
    const tables = renderTables(figures);
    expect(tables.match(/\| Figure \| Ours \| Comparison \| Ratio \| Target \|/g)).toHaveLength(2);
    expect(tables.indexOf('### 1. Download')).toBeLessThan(tables.indexOf('### 6. Against a peer'));
    expect(tables).toContain('| Family JS before the first screen (gzip) | 186.0 KB |  | – | ≤ 200 KB ✅ |');
    expect(tables).toContain(
      '| Bootstrap 5,000 rows (Chromium, IndexedDB) | 1.37 s | PouchDB → pouchdb-server: 4.11 s | 3.00× | ≥ 3× faster ❌ |',
    );
    expect(tables).toContain('| Console \\| chunk | not measured: no build |');
  });

  it('describes the run and the machine above the tables', () => {
    const text = renderResults(
      {
        date: '2026-12-02T11:00:00Z',
        commit: 'abc1234',
        mode: 'quick',
        machine: '2 cores',
        loadBefore: [1.5, 1, 0.5],
        loadAfter: [2, 1.5, 1],
        durationMs: 90_000,
        remarks: ['Shared machine.'],
      },
      figures,
    );
    expect(text).toContain('`npm run bench -- --quick`');
    expect(text).toContain('1.5 minutes');
    expect(text).toContain('before: 1.50, 1.00, 0.50; after: 2.00, 1.50, 1.00');
    expect(text).toContain('- Shared machine.');
  });

  it('replaces the re-run sections and keeps the others, in section order', () => {
    const fresh: Figure[] = [
      { section: '6. Against a peer', name: 'Bootstrap', unit: 'ms', ours: 900 },
      { section: '7. Growth', name: 'push', unit: 'ms', ours: 5 },
    ];
    const old = [...figures, { section: '3. Sync', name: 'old', unit: 'ms' as const, ours: 1 }];
    const merged = mergeFigures(old, fresh, ['3', '7']);
    expect(merged.map((f) => [f.section, f.ours])).toEqual([
      ['1. Download', 186 * 1024],
      ['1. Download', Number.NaN],
      ['6. Against a peer', 900],
      ['7. Growth', 5],
    ]);
  });

  it('states each re-run above the tables', () => {
    const rerun = {
      sections: ['3', '7'],
      date: '2026-12-02T12:00:00Z',
      commit: 'def5678',
      loadBefore: [2, 2, 2],
      loadAfter: [3, 3, 3],
      durationMs: 600_000,
      remarks: ['Fewer runs.'],
    };
    const info = {
      date: '2026-12-02T11:00:00Z',
      commit: 'abc1234',
      mode: 'full' as const,
      machine: '2 cores',
      loadBefore: [1, 1, 1],
      loadAfter: [1, 1, 1],
      durationMs: 90_000,
      remarks: [],
      reruns: [rerun],
    };
    const text = renderResults(info, figures);
    expect(text).toContain(
      'Sections 3, 7 re-run with `npm run bench -- --only=3,7` on 2026-12-02T12:00:00Z, commit def5678, ' +
        '10.0 minutes; load average before: 2.00, 2.00, 2.00; after: 3.00, 3.00, 3.00.',
    );
    expect(text).toContain('- Fewer runs.');
    expect(text.indexOf('re-run')).toBeLessThan(text.indexOf('### 1. Download'));
  });
});
