/**
 * One row of bench/results.md, and the writer of that file. A figure that could not be measured
 * keeps its row, with the reason, so a missing tool shows instead of hiding.
 */
export type Unit = 'ms' | 'bytes' | 'req/s' | 'mut/s' | 'rows/s' | 'score';

export interface Figure {
  section: string;
  name: string;
  unit: Unit;
  /** Our median (NaN when not measured). */
  ours: number;
  /** What it is compared with in the same run, and that value. */
  comparison?: { label: string; value: number };
  /** ours / comparison, or another ratio the row explains in its note. */
  ratio?: number;
  target?: { text: string; met?: boolean };
  note?: string;
  /** Why the figure is missing. */
  error?: string;
  /** Every run's value, for the raw JSON. */
  runs?: number[];
}

const group = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms':
      if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
      return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
    case 'bytes':
      if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MB`;
      return `${(value / 1024).toFixed(1)} KB`;
    case 'score':
      return group(value);
    default:
      return `${group(value)} ${unit}`;
  }
}

export function formatRatio(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10) return `${value.toFixed(0)}×`;
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function row(figure: Figure): string {
  const ours = figure.error ? `not measured: ${figure.error}` : formatValue(figure.ours, figure.unit);
  const comparison = figure.comparison
    ? `${figure.comparison.label}: ${formatValue(figure.comparison.value, figure.unit)}`
    : '';
  const met = figure.target?.met === undefined ? '' : figure.target.met ? ' ✅' : ' ❌';
  const target = figure.target ? `${figure.target.text}${met}` : '';
  const name = figure.note ? `${figure.name} (${figure.note})` : figure.name;
  return `| ${[name, ours, comparison, formatRatio(figure.ratio), target].map(cell).join(' | ')} |`;
}

/** The figures as Markdown: one table per section, in the order the sections first appear. */
export function renderTables(figures: readonly Figure[]): string {
  const sections = [...new Set(figures.map((f) => f.section))];
  return sections
    .map((section) =>
      [
        `### ${section}`,
        '',
        '| Figure | Ours | Comparison | Ratio | Target |',
        '| --- | --- | --- | --- | --- |',
        ...figures.filter((f) => f.section === section).map(row),
      ].join('\n'),
    )
    .join('\n\n');
}

/** A later `--only` run that replaced some sections' rows. */
export interface Rerun {
  sections: string[];
  date: string;
  commit: string;
  loadBefore: number[];
  loadAfter: number[];
  durationMs: number;
  remarks: string[];
}

export interface RunInfo {
  date: string;
  commit: string;
  mode: 'full' | 'quick';
  machine: string;
  loadBefore: number[];
  loadAfter: number[];
  durationMs: number;
  remarks: string[];
  reruns?: Rerun[];
}

const sectionNumber = (section: string) => section.split('.')[0] ?? section;

/** The old figures with the re-run sections' rows replaced by the fresh ones. */
export function mergeFigures(old: readonly Figure[], fresh: readonly Figure[], sections: readonly string[]): Figure[] {
  const replaced = new Set([...sections, ...fresh.map((f) => sectionNumber(f.section))]);
  return [...old.filter((f) => !replaced.has(sectionNumber(f.section))), ...fresh].sort((x, y) =>
    x.section.localeCompare(y.section, 'en', { numeric: true }),
  );
}

const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');

function rerunLines(rerun: Rerun): string[] {
  return [
    `Section${rerun.sections.length > 1 ? "s" : ""} ${rerun.sections.join(', ')} re-run with \`npm run bench -- --only=${rerun.sections.join(',')}\` ` +
      `on ${rerun.date}, commit ${rerun.commit}, ${(rerun.durationMs / 60_000).toFixed(1)} minutes; ` +
      `load average before: ${load(rerun.loadBefore)}; after: ${load(rerun.loadAfter)}.`,
    '',
    ...rerun.remarks.map((remark) => `- ${remark}`),
    '',
  ];
}

export function renderResults(info: RunInfo, figures: readonly Figure[]): string {
  return [
    '# Benchmark results',
    '',
    `Run of \`npm run bench${info.mode === 'quick' ? ' -- --quick' : ''}\` on ${info.date}, commit ${info.commit}, ` +
      `${(info.durationMs / 60_000).toFixed(1)} minutes.`,
    '',
    `Machine: ${info.machine}. Load average (1, 5, 15 min) before: ${load(info.loadBefore)}; ` +
      `after: ${load(info.loadAfter)}.`,
    '',
    ...info.remarks.map((remark) => `- ${remark}`),
    '',
    ...(info.reruns ?? []).flatMap(rerunLines),
    renderTables(figures),
    '',
  ].join('\n');
}
