import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/domain';
import { NL_TIME_ZONE as TIME_ZONE } from '../../i18n/format-date';
import { intlLocale } from '../../i18n/i18n';

/** "dinsdag 8 december, 14:00 tot 15:00 uur" (the year only when it is not this year). */
export function useEventTime() {
  const { t, i18n } = useTranslation('events');
  const locale = intlLocale(i18n.language);
  return (event: Pick<CaseEvent, 'startsAt' | 'endsAt'>, now = new Date()) => {
    const start = new Date(event.startsAt);
    const year = (date: Date) =>
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: TIME_ZONE }).format(date);
    const day = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(year(start) === year(now) ? {} : { year: 'numeric' }),
      timeZone: TIME_ZONE,
    }).format(start);
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
    return event.endsAt
      ? t('time.range', { day, start: time.format(start), end: time.format(new Date(event.endsAt)) })
      : t('time.single', { day, start: time.format(start) });
  };
}
