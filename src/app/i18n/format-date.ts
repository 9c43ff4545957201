import { useTranslation } from 'react-i18next';
import { intlLocale } from './i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

// A Day (YYYY-MM-DD) has no time zone: read and print it in UTC so it never shifts by one.
const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Times are Dutch time wherever the phone is: court dates, visits and logins happen in the Netherlands,
 * and the same instant must read the same on Mijn overzicht and on Afspraken.
 */
export const NL_TIME_ZONE = 'Europe/Amsterdam';

/** Date formatting in the current language: "3 maart 2025", "14:05" (Dutch time). */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    day: (day: string) =>
      formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        dayToDate(day),
      ),
    time: (instant: string) =>
      formatter(locale, { hour: '2-digit', minute: '2-digit', timeZone: NL_TIME_ZONE }).format(
        new Date(instant),
      ),
    dayOfInstant: (instant: string) =>
      formatter(locale, { day: 'numeric', month: 'long', timeZone: NL_TIME_ZONE }).format(new Date(instant)),
  };
}
