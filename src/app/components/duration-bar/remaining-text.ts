import type { DurationProgress } from '../../../shared/catalog/deadlines';

export type Remaining =
  { key: 'ended' | 'notStarted'; count?: undefined } | { key: 'months' | 'weeks' | 'days'; count: number };

/** "nog 5 maanden", "nog 3 weken", "nog 4 dagen": months from 45 days left, weeks from 14. */
export function remainingOf(progress: DurationProgress): Remaining {
  if (progress.state === 'ended') return { key: 'ended' };
  if (progress.state === 'not-started') return { key: 'notStarted' };
  const days = progress.daysLeft;
  if (days >= 45) return { key: 'months', count: Math.round(days / 30.44) };
  if (days >= 14) return { key: 'weeks', count: Math.round(days / 7) };
  return { key: 'days', count: days };
}
