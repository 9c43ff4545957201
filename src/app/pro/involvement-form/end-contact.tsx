import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, todayInNl } from '../../../shared/catalog/dates';
import type { Involvement } from '../../../shared/domain';
import { useDateFormat } from '../../i18n/format-date';
import { TextField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { proPaths } from '../pro-paths';

/**
 * Ending someone's involvement: the family then sees them under "eerdere contactpersonen" with
 * their dates, from the day after the last day (decision 004 counts `until` as the last day).
 * The last day defaults to yesterday, so "end now" ends today; it is never before the start.
 */
export function EndContact({ involvement, name }: { involvement: Involvement; name: string }) {
  const { t } = useTranslation(['proinvolved', 'pro']);
  const format = useDateFormat();
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const yesterday = addDays(todayInNl(), -1);
  const [until, setUntil] = useState(yesterday < involvement.since ? involvement.since : yesterday);
  const [error, setError] = useState<string | null>(null);

  if (involvement.until) {
    return (
      <section className="pro-danger" aria-labelledby="end-contact-title">
        <h2 id="end-contact-title">{t('proinvolved:end.title')}</h2>
        <p>{t('proinvolved:end.ended', { name, date: format.day(involvement.until) })}</p>
      </section>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < involvement.since) {
      setError(t('proinvolved:problem.until-before-since', { date: format.day(involvement.since) }));
      return;
    }
    setError(null);
    const result = await write('involvement.end', { id: involvement.id, until });
    if (result.state === 'rejected') setError(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.involved(involvement.caseId), { state: { saved: result.state } });
  }

  return (
    <section className="pro-danger" aria-labelledby="end-contact-title">
      <h2 id="end-contact-title">{t('proinvolved:end.title')}</h2>
      <p>{t('proinvolved:end.what', { name })}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <TextField
          id="involvement-until"
          type="date"
          label={t('proinvolved:end.lastDay')}
          hint={t('proinvolved:end.lastDayHint')}
          required
          value={until}
          onChange={setUntil}
          error={error ?? undefined}
        />
        <button type="submit" className="button" aria-disabled={busy}>
          {t('proinvolved:end.submit', { name })}
        </button>
      </form>
    </section>
  );
}
