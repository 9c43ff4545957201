import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/domain';
import { buildIcs, icsFileName } from './ics';

/** Downloads the event as an .ics file; works offline (the file is made on the device). */
export function AddToCalendar({ event }: { event: CaseEvent }) {
  const { t } = useTranslation('events');
  const download = () => {
    // Only what the professional wrote on the calendar: never my own device-only note.
    const ics = buildIcs({
      uid: `${event.id}@gezien`,
      summary: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: event.place,
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(event.startsAt);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="add-to-calendar">
      <button type="button" className="button" onClick={download}>
        <CalendarIcon />
        {t('calendar.add')}
      </button>
      <p className="add-to-calendar__hint">{t('calendar.hint')}</p>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M12 13v5M9.5 15.5h5" />
    </svg>
  );
}
